package vn.canhbao.channels.esms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Sends brandname SMS through eSMS.vn's JSON API, {@code POST {baseUrl}/MainService.svc/json/SendMultipleMessage_V4_post_json/}
 * (https://developers.esms.vn/en/esms-api/send-sms-api/send-otp-customer-care-message), with the JDK HTTP client, one
 * attempt per send, as {@code LoudspeakerAdapter} does.
 *
 * <p>The request's {@code RequestId} is the dispatch id. eSMS refuses a RequestId it has seen in the last 24 hours
 * with {@code CodeResult} 124, so the dispatcher's resend after a timeout, or after a crash before the acceptance was
 * recorded, never makes a second SMS; the adapter reads that 124 as accepted (see {@link EsmsCode#DUPLICATE_REQUEST}).
 * With a {@link EsmsConfig#callbackUrl()} eSMS reports delivery there; {@link EsmsCallbacks} reads the reports.
 */
public final class EsmsSmsAdapter implements ChannelAdapter, AutoCloseable {

    /** The send endpoint under the base URL; eSMS's documented path ends with a slash. */
    public static final String SEND_PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

    /** One number per request: each dispatch is one person, and only one number gets one RequestId. */
    private static final int BATCH_SIZE = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EsmsConfig config;
    private final URI send;
    private final HttpClient http;
    private final EsmsAnswerClassifier classifier;
    private final ChannelLimits limits;
    private final Clock clock;

    public EsmsSmsAdapter(EsmsConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock turns a {@code Retry-After} date into a wait */
    public EsmsSmsAdapter(EsmsConfig config, Clock clock) {
        this.config = config.validate();
        this.clock = clock;
        this.send = URI.create(config.baseUrl().toString().replaceAll("/+$", "") + SEND_PATH);
        this.http = config.limits().httpClient();
        this.classifier = new EsmsAnswerClassifier(config);
        this.limits = config.limits().channelLimits(BATCH_SIZE);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public ChannelLimits limits() {
        return limits;
    }

    @Override
    public SendResult send(Dispatch dispatch) {
        Optional<String> phone = EsmsPhoneNumber.national(dispatch.address());
        if (phone.isEmpty()) {
            return classifier.notVietnamese(dispatch.address());
        }
        HttpRequest request = HttpRequest.newBuilder(send)
                .timeout(config.limits().readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodyFor(dispatch, phone.get()), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> answer =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return classifier.classify(
                    answer.statusCode(),
                    answer.body(),
                    dispatch.id(),
                    answer.headers().firstValue("Retry-After").orElse(null),
                    clock.instant());
        } catch (IOException failure) {
            return classifier.noAnswer(failure);
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
            // The request may have gone out, so it counts as a timeout; the RequestId makes the resend safe.
            return classifier.noAnswer(failure);
        }
    }

    /** The JSON eSMS takes: every value a string, as its documentation writes them. */
    private String bodyFor(Dispatch dispatch, String phone) {
        ObjectNode body = JSON.createObjectNode()
                .put("ApiKey", config.apiKey())
                .put("SecretKey", config.secretKey())
                .put("Phone", phone)
                .put("Content", dispatch.body())
                .put("Brandname", config.brandname())
                .put("SmsType", config.smsType())
                .put("IsUnicode", config.isUnicode(dispatch.body()))
                .put("RequestId", dispatch.id().toString());
        if (config.callbackUrl() != null) {
            body.put("CallbackUrl", config.callbackUrl().toString());
        }
        return body.toString();
    }

    /** Closes the HTTP client, waiting for requests in flight. */
    @Override
    public void close() {
        http.close();
    }
}
