package vn.canhbao.gateway.local;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.cbc.CbcConfig;
import vn.canhbao.channels.simulator.EcbeSimulator;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.channels.simulator.ProviderSimulator;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.gateway.providers.FailoverSmsAdapter;
import vn.canhbao.gateway.providers.SmsProvider;

/** Prints what a person needs to try local mode: where it listens, the API key, and a bulletin to post. */
@Component
@Profile("local")
class LocalBanner {

    private final Environment environment;
    private final LocalApiKey apiKey;
    private final ObjectProvider<LocalOfficers> officers;
    private final ObjectProvider<FailoverSmsAdapter> sms;
    private final ObjectProvider<TwilioSimulator> twilio;
    private final ObjectProvider<EsmsSimulator> esms;
    private final ObjectProvider<ZaloSimulator> zalo;
    private final ObjectProvider<FcmSimulator> fcm;
    private final ObjectProvider<LoudspeakerSimulator> loudspeakers;
    private final ObjectProvider<CbcConfig> cbc;
    private final ObjectProvider<EcbeSimulator> ecbe;
    private final ObjectProvider<LocalBsc> bsc;

    LocalBanner(
            Environment environment,
            LocalApiKey apiKey,
            ObjectProvider<LocalOfficers> officers,
            ObjectProvider<FailoverSmsAdapter> sms,
            ObjectProvider<TwilioSimulator> twilio,
            ObjectProvider<EsmsSimulator> esms,
            ObjectProvider<ZaloSimulator> zalo,
            ObjectProvider<FcmSimulator> fcm,
            ObjectProvider<LoudspeakerSimulator> loudspeakers,
            ObjectProvider<CbcConfig> cbc,
            ObjectProvider<EcbeSimulator> ecbe,
            ObjectProvider<LocalBsc> bsc) {
        this.environment = environment;
        this.apiKey = apiKey;
        this.officers = officers;
        this.sms = sms;
        this.twilio = twilio;
        this.esms = esms;
        this.zalo = zalo;
        this.fcm = fcm;
        this.loudspeakers = loudspeakers;
        this.cbc = cbc;
        this.ecbe = ecbe;
        this.bsc = bsc;
    }

    /** The management port, where metrics are (#15): this machine only, unless its address is set. */
    private String metricsBase() {
        String address = environment.getProperty("management.server.address", "");
        String host = address.isEmpty() || address.equals("0.0.0.0") ? "localhost" : address;
        return "http://" + host + ":" + environment.getProperty("local.management.port", "9464");
    }

    /** Last of everything that runs when the application is ready, so that nothing prints after it. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void print() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        StringBuilder b = new StringBuilder();
        b.append("\n\n  canhbao is running in local mode (in-process Kafka, H2 in ./data, provider simulators)\n\n");
        b.append("  API key (X-Api-Key):  ").append(apiKey.value()).append('\n');
        officers.ifAvailable(
                o -> b.append("  Officers:             officer.bachdang, officer.caominh, approver.caominh, admin")
                        .append(" — password ")
                        .append(o.password())
                        .append('\n'));
        b.append("  Post a CAP bulletin:  ").append(base).append("/api/v1/cap\n");
        b.append("  Health:               ").append(base).append("/actuator/health\n");
        b.append("  Metrics:              ").append(metricsBase()).append("/actuator/prometheus\n");
        sms.ifAvailable(s -> b.append("  SMS provider:         ")
                .append(s.primary().key())
                .append(s.secondary().map(o -> ", failing over to " + o.key()).orElse(", no failover"))
                .append("  (CANHBAO_SMS_PROVIDER=esms|twilio)\n"));
        twilio.ifAvailable(
                t -> b.append("  Twilio simulator:     ").append(t.baseUrl()).append('\n'));
        esms.ifAvailable(
                e -> b.append("  eSMS simulator:       ").append(e.baseUrl()).append('\n'));
        zalo.ifAvailable(
                z -> b.append("  Zalo simulator:       ").append(z.baseUrl()).append('\n'));
        fcm.ifAvailable(
                f -> b.append("  FCM simulator:        ").append(f.baseUrl()).append('\n'));
        loudspeakers.ifAvailable(
                l -> b.append("  Loudspeaker sim.:     ").append(l.baseUrl()).append('\n'));
        cbc.ifAvailable(c -> b.append("  Cell broadcast:       ")
                .append(
                        ecbe.getIfAvailable() != null
                                ? "ECBE simulator at " + c.baseUrl() + "  (CANHBAO_CBC_URL for a real CBC)"
                                : "CBC at " + c.baseUrl())
                .append('\n'));
        bsc.ifAvailable(s -> b.append("  BSC simulator:        connected to CBSP ")
                .append(s.peer())
                .append(" with the demo wards' cells; what it received: ")
                .append(s.readout())
                .append("/simulator/broadcasts\n"));
        b.append("  Demo wards:           11473 Phường Bạch Đằng (Hải Phòng), 01879 Xã Cao Minh (Thái Nguyên)\n\n");
        b.append("  Logs:                 ./data/canhbao.log (Kafka's routine lines are kept there, not here)\n\n");
        b.append("  Try it (from another terminal, in the repository folder):\n");
        b.append(base.equals("http://localhost:8080") ? "    " : "    CANHBAO_URL=" + base + " ")
                .append("./canhbao post-sample          # the sample flash-flood warning for Xã Cao Minh, dated now\n");
        b.append("    curl -s ").append(base).append("/api/v1/alerts/<alertId>/progress -H 'X-Api-Key: ");
        b.append(apiKey.value()).append("'\n");
        sms.ifAvailable(s -> {
            ProviderSimulator<?, ?> simulator =
                    s.primary() == SmsProvider.ESMS ? esms.getIfAvailable() : twilio.getIfAvailable();
            if (simulator != null) {
                b.append("    curl -s '")
                        .append(simulator.baseUrl())
                        .append("/simulator/messages?limit=5'   # the SMS sent, newest first\n");
            }
        });
        System.out.println(b);
    }
}
