package vn.canhbao.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.zalo.ZaloWebhookSignature;

/** #15: a signed time is accepted only within the window, on both sides of now. */
class ReplayWindowTests {

    private static final Instant NOW = Instant.parse("2026-10-01T03:00:00Z");
    private static final ReplayWindow WINDOW = new ReplayWindow(Duration.ofMinutes(5), Duration.ofMinutes(1));

    @Test
    void placesASignedTimeAgainstNow() { // #15
        assertThat(WINDOW.position(NOW, NOW)).isEqualTo(ReplayWindow.Position.WITHIN);
        assertThat(WINDOW.position(NOW.minusSeconds(300), NOW)).isEqualTo(ReplayWindow.Position.WITHIN);
        assertThat(WINDOW.position(NOW.minusSeconds(301), NOW)).isEqualTo(ReplayWindow.Position.TOO_OLD);
        assertThat(WINDOW.position(NOW.minus(Duration.ofHours(6)), NOW)).isEqualTo(ReplayWindow.Position.TOO_OLD);
        assertThat(WINDOW.position(NOW.plusSeconds(60), NOW)).isEqualTo(ReplayWindow.Position.WITHIN);
        assertThat(WINDOW.position(NOW.plusSeconds(61), NOW)).isEqualTo(ReplayWindow.Position.FROM_THE_FUTURE);
    }

    @Test
    void aZaloEventIsSignedAtItsTimestamp() { // #15
        assertThat(ZaloWebhookSignature.signedAt("{\"app_id\":\"1\",\"timestamp\":\"1699003881354\"}"))
                .contains(Instant.ofEpochMilli(1699003881354L));
        assertThat(ZaloWebhookSignature.signedAt("{\"app_id\":\"1\",\"timestamp\":1699003881354}"))
                .contains(Instant.ofEpochMilli(1699003881354L));
        assertThat(ZaloWebhookSignature.signedAt("{\"app_id\":\"1\"}")).isEmpty();
        assertThat(ZaloWebhookSignature.signedAt("{\"timestamp\":\"yesterday\"}"))
                .isEmpty();
        assertThat(ZaloWebhookSignature.signedAt("not json")).isEmpty();
    }
}
