package vn.canhbao.channels.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulator accepted, kept cheaply for runs of 100,000+ messages: a count per recipient and the bodies sent
 * to each. Identical bodies (one alert to a whole ward) share one string.
 */
final class AcceptedMessages {

    /** Beyond this many distinct bodies, new bodies are stored unshared rather than growing the pool further. */
    private static final int MAX_POOLED_BODIES = 10_000;

    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<String, List<String>> bodiesByTo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> bodyPool = new ConcurrentHashMap<>();

    void record(String to, String body) {
        String shared = bodyPool.size() < MAX_POOLED_BODIES ? bodyPool.computeIfAbsent(body, b -> b) : body;
        bodiesByTo
                .computeIfAbsent(to, key -> Collections.synchronizedList(new ArrayList<>(1)))
                .add(shared);
        total.incrementAndGet();
    }

    int count() {
        return total.get();
    }

    Map<String, Integer> countsByTo() {
        Map<String, Integer> counts = new TreeMap<>();
        bodiesByTo.forEach((to, bodies) -> counts.put(to, bodies.size()));
        return counts;
    }

    List<String> bodiesTo(String to) {
        List<String> bodies = bodiesByTo.get(to);
        if (bodies == null) {
            return List.of();
        }
        synchronized (bodies) {
            return List.copyOf(bodies);
        }
    }

    /** How many recipients received more than one message. */
    int recipientsWithDuplicates() {
        int duplicates = 0;
        for (List<String> bodies : bodiesByTo.values()) {
            if (bodies.size() > 1) {
                duplicates++;
            }
        }
        return duplicates;
    }

    int recipients() {
        return bodiesByTo.size();
    }

    void clear() {
        bodiesByTo.clear();
        bodyPool.clear();
        total.set(0);
    }
}
