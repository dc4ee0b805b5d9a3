package vn.canhbao.gateway.providers;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.zalo.ZaloAuthException;
import vn.canhbao.channels.zalo.ZaloOaAdapter;
import vn.canhbao.channels.zalo.ZnsQuota;

/**
 * The OA's ZNS quota for the day, read from Zalo every {@code canhbao.channels.zalo.quota-refresh} (5 minutes) and
 * shown as {@code canhbao.zalo.zns.quota.daily} and {@code canhbao.zalo.zns.quota.remaining}, so that the operator
 * asks Zalo for more before a large alert spends it. Only where Zalo is on. A failed read is logged and changes
 * nothing: the gauges keep the last numbers Zalo gave (none, NaN, before the first), and sending is never affected.
 * Every replica reads the same account's quota: aggregate with {@code max}.
 */
@Component
@ConditionalOnProperty(name = "canhbao.channels.zalo.enabled", havingValue = "true")
public class ZnsQuotaGauges {

    private static final Logger log = LoggerFactory.getLogger(ZnsQuotaGauges.class);

    private final ZaloOaAdapter zalo;
    private final AtomicReference<ZnsQuota> last = new AtomicReference<>();

    ZnsQuotaGauges(ZaloOaAdapter zalo, MeterRegistry meters) {
        this.zalo = zalo;
        Gauge.builder(
                        "canhbao.zalo.zns.quota.daily",
                        last,
                        q -> q.get() == null ? Double.NaN : q.get().daily())
                .description("ZNS messages the Zalo OA may send today, as Zalo last said")
                .register(meters);
        Gauge.builder(
                        "canhbao.zalo.zns.quota.remaining",
                        last,
                        q -> q.get() == null ? Double.NaN : q.get().remaining())
                .description("ZNS messages the Zalo OA has left today, as Zalo last said")
                .register(meters);
    }

    /** Asks Zalo for the quota; never throws. The first read comes 10 seconds after the start. */
    @Scheduled(fixedDelayString = "${canhbao.channels.zalo.quota-refresh:5m}", initialDelay = 10_000)
    public void refresh() {
        try {
            last.set(zalo.znsQuota());
        } catch (IOException | ZaloAuthException e) {
            log.warn("Could not read the Zalo OA's ZNS quota; the gauges keep the last numbers: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not read the Zalo OA's ZNS quota; the gauges keep the last numbers", e);
        }
    }

    /** What Zalo last said, or {@code null} before its first answer. */
    public ZnsQuota last() {
        return last.get();
    }
}
