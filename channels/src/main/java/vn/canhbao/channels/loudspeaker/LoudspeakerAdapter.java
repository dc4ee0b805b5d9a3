package vn.canhbao.channels.loudspeaker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Creates one broadcast on one loudspeaker cluster (cụm loa) per dispatch through canhbao's vendor-neutral contract
 * ({@code docs/loudspeaker-api.md}), with the JDK HTTP client, one attempt per send. {@link Dispatch#address()} is the
 * cluster id. The request carries the dispatch id as its {@code Idempotency-Key}, so the dispatcher's retry after a
 * timeout finds the broadcast already made (409) instead of playing the warning twice; the adapter treats that 409 as
 * accepted, with the existing broadcast's id.
 */
public final class LoudspeakerAdapter implements ChannelAdapter, AutoCloseable {

    /** The query parameter of the callback URL that carries the dispatch id. */
    public static final String DISPATCH_PARAMETER = "dispatch";

    /** The header that makes a create idempotent; its value is the dispatch id. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    /** The contract creates one broadcast per request; a dispatch is one cluster, so there is no batching. */
    private static final int BATCH_SIZE = 1;

    private final LoudspeakerConfig config;
    private final URI broadcasts;
    private final HttpClient http;
    private final BroadcastRequest requests;
    private final BroadcastAnswerClassifier classifier;
    private final ChannelLimits limits;
    private final Clock clock;

    public LoudspeakerAdapter(LoudspeakerConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock turns a {@code Retry-After} date into a wait */
    public LoudspeakerAdapter(LoudspeakerConfig config, Clock clock) {
        this.config = config.validate();
        this.clock = clock;
        String base = config.baseUrl().toString().replaceAll("/+$", "");
        this.broadcasts = URI.create(base + "/broadcasts");
        this.http = config.limits().httpClient();
        this.requests = new BroadcastRequest(config);
        this.classifier = new BroadcastAnswerClassifier(config);
        this.limits = config.limits().channelLimits(BATCH_SIZE);
    }

    @Override
    public Channel channel() {
        return Channel.LOUDSPEAKER;
    }

    @Override
    public ChannelLimits limits() {
        return limits;
    }

    @Override
    public SendResult send(Dispatch dispatch) {
        HttpRequest request = HttpRequest.newBuilder(broadcasts)
                .timeout(config.limits().readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header(IDEMPOTENCY_HEADER, dispatch.id().toString())
                .header(config.authHeader(), config.authValue())
                .POST(HttpRequest.BodyPublishers.ofString(requests.bodyFor(dispatch), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> answer =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return classifier.classify(
                    answer.statusCode(),
                    answer.body(),
                    answer.headers().firstValue("Location").orElse(null),
                    answer.headers().firstValue("Retry-After").orElse(null),
                    dispatch.id(),
                    clock.instant());
        } catch (IOException failure) {
            return classifier.noAnswer(failure);
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
            // The request may have gone out, so it counts as a timeout; the Idempotency-Key makes the retry safe.
            return classifier.noAnswer(failure);
        }
    }

    /** Closes the HTTP client, waiting for requests in flight. */
    @Override
    public void close() {
        http.close();
    }
}
