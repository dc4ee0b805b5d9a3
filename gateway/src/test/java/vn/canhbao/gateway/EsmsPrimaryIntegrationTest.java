package vn.canhbao.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.gateway.local.DemoWards;

/**
 * The base of the tests with eSMS as the SMS provider and Twilio to fail over to: the whole service as in
 * {@link GatewayIntegrationTest}, in a second application context that every such test shares. The breaker probes
 * eSMS again one second after it opens. eSMS's reports come to {@code /webhooks/esms} with {@value #CALLBACK_SECRET};
 * the simulator cannot report itself, as the service's port is chosen after the callback URL is set, so the tests
 * send the report eSMS would.
 */
@TestPropertySource(
        properties = {
            "canhbao.channels.sms.primary=esms",
            "canhbao.channels.sms.secondary=twilio",
            "canhbao.channels.sms.failover.open-for=1s",
            "canhbao.channels.esms.callback-url=http://localhost/webhooks/esms?token="
                    + EsmsPrimaryIntegrationTest.CALLBACK_SECRET,
            "canhbao.channels.esms.limits.messages-per-second=1000",
            "canhbao.channels.esms.limits.max-concurrency=16"
        })
public abstract class EsmsPrimaryIntegrationTest extends GatewayIntegrationTest {

    protected static final String CALLBACK_SECRET = "test-esms-callback-secret-0123";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    protected EsmsSimulator esms;

    /** The residents' phones of a demo ward, in E.164. */
    protected static List<String> phones(String ward) {
        DemoWards.DemoWard demo = demoWard(ward);
        return IntStream.range(0, RESIDENTS)
                .mapToObj(i -> DemoWards.phone(demo, i))
                .toList();
    }

    /** A delivery report as eSMS sends it: {@code GET /webhooks/esms?<query>}. */
    protected HttpResponse<String> esmsReport(String query) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/esms?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A delivery report as a form POST. */
    protected HttpResponse<String> esmsReportPosted(String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/esms"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
