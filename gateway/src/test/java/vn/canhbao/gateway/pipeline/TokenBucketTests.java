package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    @Test
    void urgentSendTakesTheNextTokenBeforeNormalSendsThatWaitedLonger() throws Exception {
        TokenBucket bucket = new TokenBucket(4);
        bucket.acquire(false); // drain the burst (one token at 4/s): the next token comes in 250 ms
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> normals = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            normals.add(Thread.ofPlatform().start(() -> take(bucket, false, order)));
        }
        for (Thread t : normals) {
            // queued in the bucket: parked on its condition, not merely taking the lock
            await("a normal send queued in the bucket")
                    .atMost(Duration.ofSeconds(10))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1))
                    .until(() -> t.getState() == Thread.State.TIMED_WAITING
                            && LockSupport.getBlocker(t) instanceof AbstractQueuedSynchronizer.ConditionObject);
        }
        Thread urgent = Thread.ofPlatform().start(() -> take(bucket, true, order));
        urgent.join();
        for (Thread t : normals) {
            t.join();
        }

        assertThat(order).containsExactly("urgent", "normal", "normal");
    }

    private static void take(TokenBucket bucket, boolean urgent, List<String> order) {
        try {
            bucket.acquire(urgent);
            order.add(urgent ? "urgent" : "normal");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void sendsArePacedToTheRate() throws Exception {
        TokenBucket bucket = new TokenBucket(50);
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            bucket.acquire(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        // 5 tokens of burst, then 95 more at 50/s: about two seconds, never much less.
        assertThat(seconds).isGreaterThan(1.85);
    }

    @Test
    void aFullBucketNeverLetsASecondHoldMoreThanTheRateAndATenth() throws Exception {
        // An idle bucket is full when a fan-out starts: the provider's first second must still keep the account's
        // limit (a bucket of a whole second's tokens let through twice the rate).
        TokenBucket bucket = new TokenBucket(200);
        long start = System.nanoTime();
        int inFirstSecond = 0;
        while (true) {
            bucket.acquire(false);
            if (System.nanoTime() - start >= 1_000_000_000L) {
                break;
            }
            inFirstSecond++;
        }

        assertThat(inFirstSecond).isLessThanOrEqualTo(220);
    }
}
