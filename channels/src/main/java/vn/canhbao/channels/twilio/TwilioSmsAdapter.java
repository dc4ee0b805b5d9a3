package vn.canhbao.channels.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Clock;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Sends SMS through Twilio's Messages API with the official SDK and an explicit {@link TwilioRestClient} (no static
 * {@code Twilio.init}), one attempt per dispatch. The request carries {@code To}, {@code Body}, the Messaging
 * Service (and/or {@code From}) and, when configured, a {@code StatusCallback} with the dispatch id in its query, so
 * that a delivery receipt finds its dispatch even if it arrives before the acceptance is recorded.
 */
public final class TwilioSmsAdapter implements ChannelAdapter, AutoCloseable {

    /** The query parameter of the status callback URL that carries the dispatch id. */
    public static final String DISPATCH_PARAMETER = "dispatch";

    /** Twilio's Messages API creates one message per request; there is no batch send. */
    private static final int BATCH_SIZE = 1;

    private final TwilioConfig config;
    private final SingleAttemptHttpClient http;
    private final TwilioRestClient client;
    private final TwilioFailureClassifier classifier;
    private final ChannelLimits limits;
    private final Clock clock;

    public TwilioSmsAdapter(TwilioConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock turns a {@code Retry-After} date into a wait */
    public TwilioSmsAdapter(TwilioConfig config, Clock clock) {
        this.config = config.validate();
        this.clock = clock;
        this.http = new SingleAttemptHttpClient(config);
        this.client = new TwilioRestClient.Builder(config.accountSid(), config.authToken())
                .httpClient(http)
                .build();
        this.classifier = new TwilioFailureClassifier(config.accountSid(), config.authToken());
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
        MessageCreator creator = creatorFor(dispatch);
        try {
            Message message = creator.create(client);
            return SendResult.accepted(message.getSid());
        } catch (TwilioException failure) {
            return classifier.classify(failure, http.takeLastAnswer(), clock.instant());
        } finally {
            http.takeLastAnswer();
        }
    }

    private MessageCreator creatorFor(Dispatch dispatch) {
        PhoneNumber to = new PhoneNumber(dispatch.address());
        MessageCreator creator = config.messagingServiceSid() != null
                ? Message.creator(to, config.messagingServiceSid(), dispatch.body())
                : Message.creator(to, new PhoneNumber(config.from()), dispatch.body());
        if (config.messagingServiceSid() != null && config.from() != null) {
            // Both given: Twilio sends from this sender and applies the service's settings.
            creator.setFrom(new PhoneNumber(config.from()));
        }
        if (config.statusCallbackUrl() != null) {
            creator.setStatusCallback(statusCallbackFor(dispatch));
        }
        return creator;
    }

    private URI statusCallbackFor(Dispatch dispatch) {
        String base = config.statusCallbackUrl().toString();
        String separator = config.statusCallbackUrl().getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + DISPATCH_PARAMETER + "=" + dispatch.id());
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        http.close();
    }
}
