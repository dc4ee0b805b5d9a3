package vn.canhbao.channels.firebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FirebaseConfigTests {

    static final URI LINKS = URI.create("https://canhbao.example.vn");

    @Test
    void defaultsFollowFcmQuota() {
        FirebaseConfig config = FirebaseConfig.of("canhbao-prod", null, LINKS).validate();

        assertThat(config.limits().messagesPerSecond()).isEqualTo(10_000);
        assertThat(config.limits().maxConcurrency()).isEqualTo(FirebaseConfig.DEFAULT_MAX_CONCURRENCY);
        assertThat(config.limits().connectTimeout()).isEqualTo(FirebaseConfig.DEFAULT_CONNECT_TIMEOUT);
        assertThat(config.limits().readTimeout()).isEqualTo(FirebaseConfig.DEFAULT_READ_TIMEOUT);
    }

    @Test
    void everyInstanceGetsItsOwnAppName() {
        assertThat(FirebaseConfig.of("canhbao-prod", null, LINKS).appName())
                .isNotEqualTo(FirebaseConfig.of("canhbao-prod", null, LINKS).appName());
        assertThat(new FirebaseConfig("canhbao-prod", null, null, null, "push-1", null, LINKS).appName())
                .isEqualTo("push-1");
    }

    @Test
    void validateListsEveryProblem() {
        FirebaseConfig broken = new FirebaseConfig(
                "Bad_Project",
                Path.of("/nonexistent/service-account.json"),
                "token",
                URI.create("ftp://fcm"),
                null,
                null,
                null);

        assertThatThrownBy(broken::validate)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("projectId must be")
                .hasMessageContaining("not both")
                .hasMessageContaining("readable service-account JSON")
                .hasMessageContaining("baseUrl must be")
                .hasMessageContaining("linkBaseUrl is required");
    }

    @Test
    void toStringHidesTheAccessToken() {
        FirebaseConfig config =
                FirebaseConfig.forStandIn("demo-project", URI.create("http://localhost:1"), "s3cr3t-token", LINKS);

        assertThat(config.toString()).doesNotContain("s3cr3t-token").contains("****");
    }
}
