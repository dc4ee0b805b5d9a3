package vn.canhbao.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.core.alert.AlertId;

/**
 * The access token is refreshed when Zalo rejects it, once however many senders notice, and the rotated pair is saved
 * before use. Against the simulator, whose refresh tokens work once: a reused one would fail the test.
 */
class ZaloTokenRefreshTests {

    static final String USER = "1837465209183746";

    static ZaloSimulator zalo;
    RecordingStore store;
    ZaloOaAdapter adapter;

    @BeforeAll
    static void start() {
        zalo = new ZaloSimulator().start();
    }

    @AfterAll
    static void stop() {
        zalo.close();
    }

    @BeforeEach
    void authorise() {
        zalo.reset();
        zalo.follow(USER);
        store = new RecordingStore(zalo.authorise());
        adapter = new ZaloOaAdapter(config(), store);
    }

    @AfterEach
    void close() {
        adapter.close();
    }

    static ZaloConfig config() {
        return new ZaloConfig(
                zalo.appId(),
                zalo.appSecretKey(),
                ZaloSimulator.DEFAULT_OA_SECRET_KEY,
                zalo.baseUrl(),
                null,
                null,
                null,
                "318452",
                null,
                new ProviderLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 0, 0));
    }

    SendResult send() {
        return adapter.send(ZaloOaAdapterTests.zaloDispatch(AlertId.random(), "uid:" + USER, "", "Cảnh báo rét hại"));
    }

    @Test
    void aRejectedTokenIsRefreshedAndTheRotatedPairSavedBeforeUse() {
        String firstRefresh = store.load().orElseThrow().refreshToken();
        zalo.expireAccessToken();

        SendResult result = send();

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(zalo.refreshCount()).isEqualTo(1);
        ZaloTokens saved = store.load().orElseThrow();
        assertThat(saved.accessToken()).isEqualTo(zalo.currentAccessToken());
        assertThat(saved.refreshToken()).isEqualTo(zalo.currentRefreshToken()).isNotEqualTo(firstRefresh);
    }

    @Test
    void eachRefreshSpendsTheLatestRefreshTokenNeverAnOldOne() {
        for (int i = 0; i < 3; i++) {
            zalo.expireAccessToken();
            assertThat(send()).isInstanceOf(SendResult.Accepted.class);
        }

        // The simulator refuses a spent refresh token, so three successes mean three different ones.
        assertThat(zalo.refreshCount()).isEqualTo(3);
        assertThat(store.saved).hasSize(3);
        assertThat(store.saved.stream().map(ZaloTokens::refreshToken).distinct())
                .hasSize(3);
    }

    @Test
    void concurrentSendersShareOneRefresh() throws Exception {
        zalo.expireAccessToken();
        int senders = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return send();
                }));
            }
            go.countDown();
            for (Future<SendResult> result : results) {
                assertThat(result.get()).isInstanceOf(SendResult.Accepted.class);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(zalo.refreshCount()).isEqualTo(1);
        assertThat(zalo.acceptedCountsByUser()).containsEntry(USER, senders);
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeSending() {
        ZaloTokens nearlyExpired = zalo.authorise();
        store.save(new ZaloTokens(
                nearlyExpired.accessToken(),
                nearlyExpired.refreshToken(),
                Instant.now().plus(Duration.ofMinutes(3))));
        try (ZaloOaAdapter fresh = new ZaloOaAdapter(config(), store)) {
            long requests = zalo.requestCount();

            SendResult result = fresh.send(ZaloOaAdapterTests.zaloDispatch(AlertId.random(), "uid:" + USER, "", "x"));

            assertThat(result).isInstanceOf(SendResult.Accepted.class);
            assertThat(zalo.refreshCount()).isEqualTo(1);
            assertThat(zalo.requestCount() - requests)
                    .as("a refresh, then one send")
                    .isEqualTo(2);
        }
    }

    @Test
    void aRefusedRefreshIsAnAuthErrorAndTheDeadTokenIsNotTriedAgain() {
        ZaloTokens current = store.load().orElseThrow();
        store.save(new ZaloTokens(current.accessToken(), "refresh-token-nobody-issued", current.accessExpiresAt()));
        try (ZaloOaAdapter withBadRefresh = new ZaloOaAdapter(config(), store)) {
            zalo.expireAccessToken();

            SendResult first =
                    withBadRefresh.send(ZaloOaAdapterTests.zaloDispatch(AlertId.random(), "uid:" + USER, "", "x"));
            long requests = zalo.requestCount();
            SendResult second =
                    withBadRefresh.send(ZaloOaAdapterTests.zaloDispatch(AlertId.random(), "uid:" + USER, "", "x"));

            for (SendResult result : List.of(first, second)) {
                assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
                    assertThat(failed.reason()).isEqualTo(FailureReason.AUTH_ERROR);
                    assertThat(failed.reason().needsOperator()).isTrue();
                    assertThat(failed.detail()).doesNotContain("refresh-token-nobody-issued");
                });
            }
            assertThat(zalo.requestCount() - requests)
                    .as("the send, but no second refresh")
                    .isEqualTo(1);
        }
    }

    @Test
    void aPairThatCouldNotBeSavedIsNotUsedUntilItIs() {
        zalo.expireAccessToken();
        store.failing.set(true);

        SendResult whileFailing = send();
        store.failing.set(false);
        SendResult afterwards = send();

        assertThat(whileFailing).isInstanceOfSatisfying(SendResult.Failed.class, failed -> assertThat(failed.reason())
                .isEqualTo(FailureReason.AUTH_ERROR));
        assertThat(afterwards).isInstanceOf(SendResult.Accepted.class);
        assertThat(zalo.refreshCount())
                .as("the pair held in memory was saved, not refreshed again")
                .isEqualTo(1);
        assertThat(store.load().orElseThrow().refreshToken()).isEqualTo(zalo.currentRefreshToken());
    }

    /** An in-memory store that records every save and can be made to fail. */
    static final class RecordingStore implements ZaloTokenStore {
        final InMemoryZaloTokenStore delegate;
        final List<ZaloTokens> saved = new CopyOnWriteArrayList<>();
        final AtomicBoolean failing = new AtomicBoolean();

        RecordingStore(ZaloTokens initial) {
            this.delegate = new InMemoryZaloTokenStore(initial);
        }

        @Override
        public Optional<ZaloTokens> load() {
            return delegate.load();
        }

        @Override
        public void save(ZaloTokens tokens) {
            if (failing.get()) {
                throw new IllegalStateException("database unavailable");
            }
            saved.add(tokens);
            delegate.save(tokens);
        }
    }
}
