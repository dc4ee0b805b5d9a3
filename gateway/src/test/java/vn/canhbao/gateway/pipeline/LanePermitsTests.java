package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The urgent lane is never blocked by the normal lane's sends (#6). */
class LanePermitsTests {

    @Test
    void urgentSendTakesTheNextPermitBeforeNormalSendsThatWaitedLonger() throws Exception {
        LanePermits permits = new LanePermits(1);
        permits.acquire(false); // a normal send in flight holds the only permit
        List<String> order = new CopyOnWriteArrayList<>();
        Thread normal = Thread.ofPlatform().start(() -> take(permits, false, order));
        awaitWaiting(normal);
        Thread urgent = Thread.ofPlatform().start(() -> take(permits, true, order));
        awaitWaiting(urgent);

        permits.release();
        urgent.join();
        awaitWaiting(normal);
        assertThat(order).containsExactly("urgent");

        permits.release();
        normal.join();
        assertThat(order).containsExactly("urgent", "normal");
    }

    @Test
    void normalSendsTakeFreePermitsWhenNoUrgentSendWaits() throws Exception {
        LanePermits permits = new LanePermits(2);
        List<String> order = new CopyOnWriteArrayList<>();

        takeAtOnce(permits, false, order);
        takeAtOnce(permits, false, order);
        assertThat(order).as("two normal sends, two free permits").containsExactly("normal", "normal");

        permits.release();
        takeAtOnce(permits, true, order);
        permits.release();
        takeAtOnce(permits, false, order);
        assertThat(order)
                .as("an urgent send that got its permit holds no normal one back")
                .containsExactly("normal", "normal", "urgent", "normal");

        Thread third = Thread.ofPlatform().start(() -> take(permits, false, order));
        awaitWaiting(third);
        assertThat(order).as("no permit free: the third waits").hasSize(4);
        permits.release();
        third.join();
        assertThat(order).containsExactly("normal", "normal", "urgent", "normal", "normal");
    }

    /** Takes a permit that must be free: fails instead of hanging when the caller is made to wait. */
    private static void takeAtOnce(LanePermits permits, boolean urgent, List<String> order) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> take(permits, urgent, order));
    }

    private static void take(LanePermits permits, boolean urgent, List<String> order) {
        permits.acquire(urgent);
        order.add(urgent ? "urgent" : "normal");
    }

    /** Waits until {@code t} is parked on the permits' condition: queued for a permit, not just taking the lock. */
    private static void awaitWaiting(Thread t) {
        await("a send queued for a permit")
                .atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1))
                .until(() -> t.getState() == Thread.State.WAITING
                        && LockSupport.getBlocker(t) instanceof AbstractQueuedSynchronizer.ConditionObject);
    }
}
