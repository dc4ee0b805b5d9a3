package vn.canhbao.gateway.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.canhbao.channels.ReplayWindow;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * The answer to a correctly signed request whose signed time is outside the {@link ReplayWindow}: 403, saying which
 * side of the window it fell on, so a provider's operator can tell a replay or a slow retry from a clock that is off.
 */
final class StaleRequests {

    private StaleRequests() {}

    /** The refusal for {@code signedAt} (empty when it is missing), or empty when it is within the window. */
    static Optional<ResponseEntity<?>> refusal(Optional<Instant> signedAt, ReplayWindow window, Instant now) {
        if (signedAt.isEmpty()) {
            return Optional.of(forbidden("The request carries no signed time, so it could be a replay."));
        }
        return switch (window.position(signedAt.get(), now)) {
            case WITHIN -> Optional.empty();
            case TOO_OLD ->
                Optional.of(forbidden("The request was signed at " + signedAt.get() + ", more than "
                        + window.maxAge().toSeconds() + " s ago: a replay or a retry too late to act on."));
            case FROM_THE_FUTURE ->
                Optional.of(forbidden("The request is dated " + signedAt.get() + ", more than "
                        + window.maxSkew().toSeconds() + " s ahead of this server's clock (" + now + ")."));
        };
    }

    private static ResponseEntity<?> forbidden(String detail) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "Outside the replay window", detail, List.of());
    }
}
