package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.channels.zalo.InMemoryZaloTokenStore;
import vn.canhbao.channels.zalo.ZaloConfig;
import vn.canhbao.channels.zalo.ZaloOaAdapter;

/**
 * The ZNS quota gauges show what Zalo (the simulator) last said: nothing (NaN) before its first answer, the numbers
 * after each read, and the same numbers when a read fails, which is logged and never thrown.
 */
class ZnsQuotaGaugesTests {

    ZaloSimulator zalo;
    ZaloOaAdapter adapter;
    SimpleMeterRegistry meters;
    ZnsQuotaGauges gauges;

    @BeforeEach
    void start() {
        zalo = new ZaloSimulator().start();
        zalo.latency(Duration.ZERO);
        zalo.znsDailyQuota(1000);
        adapter = new ZaloOaAdapter(
                zalo.adapterConfig(ZaloConfig.of(null, null, null)), new InMemoryZaloTokenStore(zalo.authorise()));
        meters = new SimpleMeterRegistry();
        gauges = new ZnsQuotaGauges(adapter, meters);
    }

    @AfterEach
    void stop() {
        adapter.close();
        zalo.close();
    }

    @Test
    void nothingIsShownBeforeZalosFirstAnswer() {
        assertThat(gauge("canhbao.zalo.zns.quota.daily")).isNaN();
        assertThat(gauge("canhbao.zalo.zns.quota.remaining")).isNaN();
    }

    @Test
    void eachReadShowsWhatZaloSays() {
        gauges.refresh();
        assertThat(gauge("canhbao.zalo.zns.quota.daily")).isEqualTo(1000);
        assertThat(gauge("canhbao.zalo.zns.quota.remaining")).isEqualTo(1000);

        zalo.znsDailyQuota(200);
        gauges.refresh();

        assertThat(gauge("canhbao.zalo.zns.quota.daily")).isEqualTo(200);
        assertThat(gauge("canhbao.zalo.zns.quota.remaining")).isEqualTo(200);
    }

    @Test
    void aFailedReadKeepsTheLastNumbersAndThrowsNothing() {
        gauges.refresh();
        zalo.close();

        gauges.refresh();

        assertThat(gauge("canhbao.zalo.zns.quota.daily")).isEqualTo(1000);
        assertThat(gauge("canhbao.zalo.zns.quota.remaining")).isEqualTo(1000);
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }
}
