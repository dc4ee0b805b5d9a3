package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    void normalSendsTakeFreePermitsWhenNoUrgentSendWaits() {
        LanePermits permits = new LanePermits(2);
        permits.acquire(false);
        permits.acquire(false);
        permits.release();
        permits.acquire(true);
        permits.release();
        permits.acquire(false);
    }

    private static void take(LanePermits permits, boolean urgent, List<String> order) {
        permits.acquire(urgent);
        order.add(urgent ? "urgent" : "normal");
    }

    private static void awaitWaiting(Thread t) throws InterruptedException {
        while (t.getState() != Thread.State.WAITING) {
            Thread.sleep(1); // until it is queued for a permit
        }
    }
}
