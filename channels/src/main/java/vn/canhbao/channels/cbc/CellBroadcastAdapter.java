package vn.canhbao.channels.cbc;

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
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Hands a ward's warning to a Cell Broadcast Centre as the Cell Broadcast Entity {@code canhbao}, through the ECBE
 * REST interface (OsmoCBC's), with the JDK HTTP client. The dispatch's address is a {@link CellBroadcastOrder}; its
 * body, the broadcast text, is encoded here into CBS pages ({@link BroadcastPages}: GSM-7 if the text allows, else
 * UCS-2) and sent as they are.
 *
 * <ul>
 *   <li>A new warning is one {@code POST}.
 *   <li>An Update, or a retry of a write whose answer did not come, is a replace: {@code DELETE} of the identifiers it
 *       was on (a 404, nothing there, is fine), then the {@code POST}. OsmoCBC cannot replace an active message
 *       (409) and sometimes never answers, so this is the one way that always ends with the new version on air. A
 *       retry's replace writes the same identifier and serial number again, which handsets do not show twice.
 *   <li>A Cancel is a {@code DELETE}; 404 means the message is already gone, which is what was asked.
 * </ul>
 */
public final class CellBroadcastAdapter implements ChannelAdapter, AutoCloseable {

    static final String MESSAGES = "/api/ecbe/v1/message";

    /** One request carries one ward's message. */
    private static final int BATCH_SIZE = 1;

    private final CbcConfig config;
    private final URI messages;
    private final HttpClient http;
    private final EcbeMessage requests;
    private final EcbeAnswerClassifier classifier;
    private final ChannelLimits limits;
    private final Clock clock;

    public CellBroadcastAdapter(CbcConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock counts the repetitions until the alert's expiry and reads a {@code Retry-After} date */
    public CellBroadcastAdapter(CbcConfig config, Clock clock) {
        this.config = config.validate();
        this.clock = clock;
        this.messages = URI.create(config.baseUrl().toString().replaceAll("/+$", "") + MESSAGES);
        this.http = config.limits().httpClient();
        this.requests = new EcbeMessage(config);
        this.classifier = new EcbeAnswerClassifier(config);
        this.limits = config.limits().channelLimits(BATCH_SIZE);
    }

    @Override
    public Channel channel() {
        return Channel.CELL_BROADCAST;
    }

    @Override
    public ChannelLimits limits() {
        return limits;
    }

    @Override
    public SendResult send(Dispatch dispatch) {
        CellBroadcastOrder order;
        BroadcastPages pages;
        try {
            order = CellBroadcastOrder.parse(dispatch.address());
            pages = order.operation() == CellBroadcastOrder.Operation.WRITE
                    ? BroadcastPages.encode(dispatch.body())
                    : null;
        } catch (IllegalArgumentException bad) {
            return classifier.refused(bad.getMessage());
        }
        try {
            return switch (order.operation()) {
                case KILL -> kill(order);
                case WRITE -> write(order, pages, dispatch);
            };
        } catch (IOException failure) {
            return classifier.unanswered(failure);
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
            // The request may have reached the CBC: a timeout, whose retry replaces what it may have written.
            return classifier.unanswered(failure);
        }
    }

    private SendResult write(CellBroadcastOrder order, BroadcastPages pages, Dispatch dispatch)
            throws IOException, InterruptedException {
        if (order.replaces() || dispatch.attempt() > 0) {
            if (order.replacedMessageId() != null) {
                SendResult.Failed failed = delete(order.replacedMessageId());
                if (failed != null) {
                    return failed;
                }
            }
            SendResult.Failed failed = delete(order.messageId());
            if (failed != null) {
                return failed;
            }
        }
        String body =
                requests.bodyFor(order.messageId(), order.serialNumber(), pages, dispatch.expires(), clock.instant());
        HttpResponse<String> answer = http.send(
                request(messages)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return classifier.written(
                order,
                answer.statusCode(),
                answer.body(),
                answer.headers().firstValue("Retry-After").orElse(null),
                clock.instant());
    }

    private SendResult kill(CellBroadcastOrder order) throws IOException, InterruptedException {
        SendResult.Failed failed = delete(order.messageId());
        return failed != null ? failed : classifier.killed(order);
    }

    /** Deletes the message on {@code messageId}; {@code null} when it is gone or was not there. */
    private SendResult.Failed delete(int messageId) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                request(URI.create(messages + "/" + messageId)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (EcbeAnswerClassifier.deleted(answer.statusCode())) {
            return null;
        }
        return classifier.failed(
                answer.statusCode(),
                "deleting identifier " + messageId + ": " + answer.body(),
                answer.headers().firstValue("Retry-After").orElse(null),
                clock.instant());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(config.limits().readTimeout())
                .header("Accept", "text/plain, application/json");
        if (config.authToken() != null) {
            builder.header("Authorization", "Bearer " + config.authToken());
        }
        return builder;
    }

    /** Closes the HTTP client, waiting for requests in flight. */
    @Override
    public void close() {
        http.close();
    }
}
