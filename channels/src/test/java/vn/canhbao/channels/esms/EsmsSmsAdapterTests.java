package vn.canhbao.channels.esms;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelAdapterContract;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.core.delivery.Dispatch;

/**
 * {@link EsmsSmsAdapter} passes the shared adapter contract against {@link EsmsSimulator}. eSMS answers its refusals
 * with HTTP 200 and a {@code CodeResult}, so the simulator is told to answer the code that means each refusal.
 */
class EsmsSmsAdapterTests extends ChannelAdapterContract {

    static final String PHONE = "+84912345678";
    static final String CALLBACK_SECRET = "cb-secret-0123456789abcdef";
    static final URI CALLBACK = URI.create("https://canhbao.example.vn/webhooks/esms?token=" + CALLBACK_SECRET);
    /** Long enough for a busy 2-core build machine, short enough to keep the timeout test quick. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(2000);

    static EsmsSimulator simulator;
    static EsmsSmsAdapter adapter;
    static EsmsSmsAdapter unreachable;

    @BeforeAll
    static void start() {
        simulator = new EsmsSimulator().start();
        adapter = new EsmsSmsAdapter(config(simulator.baseUrl()));
        unreachable = new EsmsSmsAdapter(config(unreachableAddress()));
        // Loads classes on both sides, so that the first test's answer is not slowed past the read timeout.
        adapter.send(EsmsDispatches.to("+84900000000", "warm-up"));
    }

    @AfterAll
    static void stop() {
        adapter.close();
        unreachable.close();
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.latency(Duration.ZERO).reset();
    }

    static EsmsConfig config(URI baseUrl) {
        return new EsmsConfig(
                simulator.apiKey(),
                simulator.secretKey(),
                simulator.brandname(),
                null,
                false,
                CALLBACK,
                baseUrl,
                new ProviderLimits(Duration.ofMillis(500), READ_TIMEOUT, 0, 0));
    }

    @Override
    protected ChannelAdapter adapter() {
        return adapter;
    }

    @Override
    protected ChannelAdapter adapterForUnreachableProvider() {
        return unreachable;
    }

    @Override
    protected List<String> secrets() {
        return List.of(simulator.apiKey(), simulator.secretKey(), CALLBACK_SECRET);
    }

    @Override
    protected Dispatch dispatch() {
        return dispatchTo(PHONE, "Cảnh báo lũ quét tại Xã Cao Minh");
    }

    @Override
    protected void providerAccepts() {
        // The simulator takes a well-formed request with its keys and brandname.
    }

    @Override
    protected void providerRejectsRequest() {
        simulator.answerNext(1, EsmsCode.MISSING_SMS_TYPE);
    }

    @Override
    protected void providerRejectsCredentials() {
        simulator.answerNext(1, EsmsCode.AUTHENTICATION);
    }

    @Override
    protected void providerRateLimits(Duration retryAfter) {
        simulator.rateLimitNext(1, retryAfter == null ? 0 : (int) retryAfter.toSeconds());
    }

    @Override
    protected void providerFails(int status) {
        if (status == 503) {
            simulator.failNext(1, List.of(PHONE));
        } else {
            // The first failure of a failure rate is a 500.
            simulator.failureRate(1);
        }
    }

    @Override
    protected void providerAnswersTooLate() {
        simulator.latency(READ_TIMEOUT.multipliedBy(2));
    }

    @Override
    protected int requestsReceived() {
        return Math.toIntExact(simulator.requestCount());
    }
}
