package vn.canhbao.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import vn.canhbao.channels.simulator.TwilioSimulator;

/**
 * The ceiling: the same simulators driven directly by a plain concurrent HTTP loop (JDK client, one virtual thread per
 * request, a fixed number in flight), with no Kafka and no database. Requests alternate between an SMS to Twilio and a
 * Zalo OA message, the two channels that carry nearly all of a ward's dispatches, with bodies like the adapters'.
 */
final class CeilingLoop {

    /** What the loop did. */
    record Result(long requests, long succeeded, double seconds) {

        double perSecond() {
            return seconds > 0 ? succeeded / seconds : 0;
        }
    }

    private static final String TEXT = "[CẢNH BÁO] Lũ quét cấp 3 tại Xã Cao Minh. Người dân ven suối di chuyển ngay"
            + " đến nơi an toàn. Mã CB-BENCH.";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final SimulatorProcess simulators;
    private final int firstPerson;
    private final int people;
    private final String twilioAuth = "Basic "
            + Base64.getEncoder()
                    .encodeToString((TwilioSimulator.DEFAULT_ACCOUNT_SID + ":" + TwilioSimulator.DEFAULT_AUTH_TOKEN)
                            .getBytes(StandardCharsets.UTF_8));

    /** A loop that writes to the people of indexes {@code firstPerson} to {@code firstPerson + people - 1}, in turn. */
    CeilingLoop(SimulatorProcess simulators, int firstPerson, int people) {
        this.simulators = simulators;
        this.firstPerson = firstPerson;
        this.people = people;
    }

    /** Sends {@code requests} requests with {@code inFlight} at a time, stopping early at {@code limit}. */
    Result run(long requests, int inFlight, Duration limit) throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        AtomicLong succeeded = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        long sent = 0;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            while (sent < requests && System.nanoTime() < deadline) {
                permits.acquire();
                long n = sent++;
                threads.execute(() -> {
                    try {
                        HttpResponse<String> answer = http.send(request(n), HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() / 100 == 2 && !answer.body().contains("\"error\":-")) {
                            succeeded.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // counted as not succeeded
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        return new Result(sent, succeeded.get(), (System.nanoTime() - started) / 1e9);
    }

    private HttpRequest request(long n) {
        int person = firstPerson + (int) ((n / 2) % people);
        if (n % 2 == 0) {
            String form = "To=" + URLEncoder.encode(BenchWard.phone(person), StandardCharsets.UTF_8)
                    + "&MessagingServiceSid=MG00000000000000000000000000000000&Body="
                    + URLEncoder.encode(TEXT, StandardCharsets.UTF_8);
            return HttpRequest.newBuilder(URI.create(simulators.twilio() + "/2010-04-01/Accounts/"
                            + TwilioSimulator.DEFAULT_ACCOUNT_SID + "/Messages.json"))
                    .header("Authorization", twilioAuth)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
        }
        String json = "{\"recipient\":{\"user_id\":\"" + BenchWard.zaloUserId(person) + "\"},\"message\":{\"text\":\""
                + TEXT + "\"}}";
        return HttpRequest.newBuilder(URI.create(simulators.zalo() + "/v3.0/oa/message/cs"))
                .header("access_token", simulators.zaloAccessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
