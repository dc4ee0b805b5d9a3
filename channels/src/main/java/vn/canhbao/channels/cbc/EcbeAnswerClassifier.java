package vn.canhbao.channels.cbc;

import java.time.Instant;
import java.util.Arrays;
import vn.canhbao.channels.FailureClassification;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns a CBC's answers into {@link SendResult}s. OsmoCBC answers plain text ("Created", "OK", the reason of a 400),
 * so the status decides; the shared {@link FailureClassification} does the rest, as for every provider.
 */
final class EcbeAnswerClassifier {

    private final FailureClassification shared;

    EcbeAnswerClassifier(CbcConfig config) {
        this.shared = new FailureClassification(
                Arrays.asList(config.authToken(), config.authToken() == null ? null : "Bearer " + config.authToken()));
    }

    /** The answer to a write: 200 or 201 when the CBC took it (OsmoCBC: once its BSCs confirmed). */
    SendResult written(CellBroadcastOrder order, int status, String body, String retryAfter, Instant now) {
        if (status == 200 || status == 201) {
            return SendResult.accepted(
                    "cbs-" + order.messageId() + "-" + order.serialNumber().encoded());
        }
        if (status == 409) {
            // OsmoCBC holds one message per identifier: ours from an attempt whose answer was lost, or another
            // warning's. Retrying replaces it (DELETE, then POST), which the dispatcher does with back-off.
            return new SendResult.Failed(
                    FailureReason.REJECTED,
                    true,
                    null,
                    shared.detail("HTTP 409: the CBC already holds a message on identifier " + order.messageId()
                            + "; the retry replaces it (" + body + ")"));
        }
        return failed(status, body, retryAfter, now);
    }

    /** Whether a DELETE's answer lets the send go on: the message is gone, or there was none. */
    static boolean deleted(int status) {
        return status == 200 || status == 204 || status == 404;
    }

    /** The answer to a kill, once {@link #deleted} holds: the message is no longer broadcast. */
    SendResult killed(CellBroadcastOrder order) {
        return SendResult.accepted(
                "cbs-kill-" + order.messageId() + "-" + order.serialNumber().encoded());
    }

    /** Any answer that is not what was asked for, by its status. */
    SendResult.Failed failed(int status, String body, String retryAfter, Instant now) {
        return shared.answered(status, null, RetryAfter.parse(retryAfter, now), "HTTP " + status + ": " + body);
    }

    SendResult.Failed unanswered(Exception failure) {
        return shared.unanswered("the CBC", failure);
    }

    SendResult.Failed refused(String why) {
        return shared.failed(FailureReason.REJECTED, why);
    }
}
