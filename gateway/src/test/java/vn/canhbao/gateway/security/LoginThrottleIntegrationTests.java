package vn.canhbao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.console.ConsoleSession;

/**
 * Password guessing is slowed per user and client address (#15). Each test guesses from loopback addresses of its own
 * (its connections leave from 127.0.0.x), which the server sees as different clients, so the officers stay usable from 127.0.0.1 for the other
 * tests of the JVM.
 */
class LoginThrottleIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private MeterRegistry meters;

    /** A call from client address {@code from} (a loopback address its connection leaves from). */
    private HttpResponse<String> basic(String from, String user, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(from))
                .build();
        // To 127.0.0.1, not localhost: an IPv6 loopback could not be reached from an IPv4 address.
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/wards/" + CAO_MINH + "/policy"))
                        .header("Authorization", "Basic " + credentials)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double throttled(String via) {
        var counter =
                meters.find("canhbao.security.login.throttled").tag("via", via).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test // #15
    void theEleventhBasicGuessFromOneAddressIsRefusedWith429EvenWithTheRightPassword() throws Exception {
        double before = throttled("basic");
        for (int i = 0; i < 10; i++) {
            assertThat(basic("127.0.0.2", "officer.caominh", "guess-" + i).statusCode())
                    .as("guess %d", i + 1)
                    .isEqualTo(401);
        }

        HttpResponse<String> eleventh = basic("127.0.0.2", "officer.caominh", "guess-10");
        HttpResponse<String> right = basic("127.0.0.2", "officer.caominh", OFFICER_PASSWORD);
        HttpResponse<String> elsewhere = basic("127.0.0.3", "officer.caominh", OFFICER_PASSWORD);

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(eleventh.headers().firstValueAsLong("Retry-After").orElse(0)).isBetween(1L, 15 * 60L);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
        assertThat(throttled("basic") - before).isEqualTo(2);
    }

    @Test // #15
    void theConsoleFormIsThrottledTooWithAPageSayingWhenToTryAgain() throws Exception {
        ConsoleSession attacker = ConsoleSession.from("127.0.0.4", port);
        attacker.get("/login");
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong =
                    attacker.post("/login", Map.of("username", "approver.caominh", "password", "guess-" + i));
            assertThat(wrong.statusCode()).as("guess %d", i + 1).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
            attacker.get("/login");
        }

        HttpResponse<String> right =
                attacker.post("/login", Map.of("username", "approver.caominh", "password", OFFICER_PASSWORD));

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValueAsLong("Retry-After").orElse(0)).isBetween(1L, 15 * 60L);
        assertThat(right.body()).contains("Vui lòng thử lại sau").contains("phút");
        ConsoleSession officer = ConsoleSession.from("127.0.0.5", port);
        officer.get("/login");
        HttpResponse<String> elsewhere =
                officer.post("/login", Map.of("username", "approver.caominh", "password", OFFICER_PASSWORD));
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
    }
}
