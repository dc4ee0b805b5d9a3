package vn.canhbao.channels.zalo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An OA's access token and the refresh token that replaces it. Zalo rotates both on every refresh and a refresh token
 * works once (hoangnd25/monorepo {@code wip/zalo-platform-integration.md}, secondary): the pair must be saved before
 * the new access token is used, or an operator has to authorise the OA again.
 *
 * @param accessExpiresAt when Zalo stops accepting the access token (about 25 h after it was issued, NOT CONFIRMED)
 */
public record ZaloTokens(String accessToken, String refreshToken, Instant accessExpiresAt) {

    public ZaloTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
    }

    /** True when the access token is expired, or will be within {@code margin} of {@code now}. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !accessExpiresAt.isAfter(now.plus(margin));
    }

    /** Hides both tokens, so that a logged pair leaks nothing. */
    @Override
    public String toString() {
        return "ZaloTokens[accessToken=****, refreshToken=****, accessExpiresAt=" + accessExpiresAt + "]";
    }
}
