package vn.canhbao.channels.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulator accepted, kept cheaply for runs of 100,000+ messages: a count per recipient and the bodies sent
 * to each, with the time each was taken. Identical bodies (one alert to a whole ward) share one string. The newest
 * {@value #NEWEST_KEPT} are also kept in order, so {@code GET /simulator/messages} lists what was sent last.
 */
final class AcceptedMessages {

    /**
     * One message taken: when, of which kind, to whom, what.
     *
     * @param order when it was taken relative to every other message of the process (clock readings may tie)
     */
    record Message(long order, Instant at, String kind, String to, String body) {}

    private static final AtomicLong ORDER = new AtomicLong();

    /** Beyond this many distinct bodies, new bodies are stored unshared rather than growing the pool further. */
    private static final int MAX_POOLED_BODIES = 10_000;

    /** How many of the newest messages are listed without naming a recipient: enough for a demo ward and then some. */
    static final int NEWEST_KEPT = 1_000;

    /** The newest first. */
    static final Comparator<Message> NEWEST_FIRST =
            Comparator.comparingLong(Message::order).reversed();

    private final String kind;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<String, List<Message>> byTo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> bodyPool = new ConcurrentHashMap<>();
    private final Deque<Message> newest = new ArrayDeque<>(NEWEST_KEPT);
    /** Messages taken per second of the clock: what a provider's account rate limit is measured against. */
    private final ConcurrentHashMap<Long, AtomicInteger> perSecond = new ConcurrentHashMap<>();

    /** @param kind what the listing calls these messages: {@code sms}, {@code call}, {@code oa}, {@code zns} … */
    AcceptedMessages(String kind) {
        this.kind = kind;
    }

    void record(String to, String body) {
        String shared = bodyPool.size() < MAX_POOLED_BODIES ? bodyPool.computeIfAbsent(body, b -> b) : body;
        Message message = new Message(ORDER.incrementAndGet(), Instant.now(), kind, to, shared);
        byTo.computeIfAbsent(to, key -> Collections.synchronizedList(new ArrayList<>(1)))
                .add(message);
        synchronized (newest) {
            if (newest.size() == NEWEST_KEPT) {
                newest.removeLast();
            }
            newest.addFirst(message);
        }
        total.incrementAndGet();
        perSecond
                .computeIfAbsent(message.at().getEpochSecond(), second -> new AtomicInteger())
                .incrementAndGet();
    }

    /** The most messages taken within one second of the clock (from :00.000 to :00.999). */
    int peakPerSecond() {
        return perSecond.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }

    int count() {
        return total.get();
    }

    Map<String, Integer> countsByTo() {
        Map<String, Integer> counts = new TreeMap<>();
        byTo.forEach((to, messages) -> counts.put(to, messages.size()));
        return counts;
    }

    List<String> bodiesTo(String to) {
        List<Message> messages = byTo.get(to);
        if (messages == null) {
            return List.of();
        }
        synchronized (messages) {
            return messages.stream().map(Message::body).toList();
        }
    }

    /**
     * The newest messages first, at most {@code limit}: to {@code to} when it is given (however its phone number is
     * written: {@code +84…}, {@code 84…}, {@code 0…}), else to anyone among the newest {@value #NEWEST_KEPT};
     * with {@code contains}, only those whose body holds it, among every message kept (a leader's "/n/" link is sent
     * before a ward's thousand residents are).
     */
    List<Message> newest(String to, String contains, int limit) {
        boolean anyone = to == null || to.isBlank();
        boolean anyBody = contains == null || contains.isEmpty();
        if (anyone && anyBody) {
            synchronized (newest) {
                return newest.stream().limit(limit).toList();
            }
        }
        List<Message> found = new ArrayList<>();
        for (String key : anyone ? byTo.keySet() : spellings(to)) {
            List<Message> messages = byTo.get(key);
            if (messages != null) {
                synchronized (messages) {
                    for (Message m : messages) {
                        if (anyBody || m.body().contains(contains)) {
                            found.add(m);
                        }
                    }
                }
            }
        }
        return found.stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** The ways a recipient may be keyed: a phone as {@code +84…} (SMS), {@code 84…} (ZNS); anything else as is. */
    static Set<String> spellings(String to) {
        // A query string's '+' arrives as a space when the caller did not encode it.
        String t = to.strip();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(t);
        String digits = t.startsWith("+") ? t.substring(1) : t;
        if (digits.matches("\\d{8,15}")) {
            if (digits.startsWith("0")) {
                digits = "84" + digits.substring(1);
            }
            keys.add("+" + digits);
            keys.add(digits);
        }
        return keys;
    }

    /** How many recipients received more than one message. */
    int recipientsWithDuplicates() {
        int duplicates = 0;
        for (List<Message> messages : byTo.values()) {
            if (messages.size() > 1) {
                duplicates++;
            }
        }
        return duplicates;
    }

    int recipients() {
        return byTo.size();
    }

    void clear() {
        byTo.clear();
        bodyPool.clear();
        synchronized (newest) {
            newest.clear();
        }
        total.set(0);
        perSecond.clear();
    }
}
