package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    @Test
    void urgentSendTakesTheNextTokenBeforeNormalSendsThatWaitedLonger() throws Exception {
        TokenBucket bucket = new TokenBucket(20);
        for (int i = 0; i < 20; i++) {
            bucket.acquire(false); // drain the burst
        }
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch normalsWaiting = new CountDownLatch(5);
        List<Thread> normals = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            normals.add(Thread.ofVirtual().start(() -> {
                normalsWaiting.countDown();
                try {
                    bucket.acquire(false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                order.add("normal");
            }));
        }
        normalsWaiting.await();
        Thread.sleep(5);
        Thread urgent = Thread.ofVirtual().start(() -> {
            try {
                bucket.acquire(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            order.add("urgent");
        });
        urgent.join();
        for (Thread t : normals) {
            t.join();
        }

        assertThat(order).hasSize(6);
        assertThat(order.indexOf("urgent")).isLessThanOrEqualTo(1);
    }

    @Test
    void sendsArePacedToTheRate() throws Exception {
        TokenBucket bucket = new TokenBucket(50);
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            bucket.acquire(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        // 50 tokens of burst, then 50 more at 50/s: about one second, never much less.
        assertThat(seconds).isGreaterThan(0.9);
    }
}
