package vn.canhbao.channels.zalo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import vn.canhbao.channels.FailureReason;

/**
 * Hands out the OA's current access token and replaces it before it expires, or at once when Zalo rejects it (error
 * -216). A refresh is {@code POST {oauth}/v4/oa/access_token} with the form {@code app_id, grant_type=refresh_token,
 * refresh_token} and the header {@code secret_key} (chatwoot/chatwoot {@code lib/integrations/zalo/auth.rb}).
 *
 * <p>Zalo's refresh tokens work once, so refreshing is single-flight: one thread refreshes while the others wait on the
 * same lock and then take the new token instead of spending the old refresh token again. The rotated pair is saved to
 * the {@link ZaloTokenStore} <em>before</em> the new access token is handed out; if saving fails the pair is kept in
 * memory, no send uses it, and every later call tries to save it again. Before refreshing, the store is read: another
 * process sharing it may have refreshed already.
 */
public final class ZaloAccessTokens {

    /** Refresh this long before Zalo's stated expiry, so that no send carries a token that dies on the way. */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(10);

    /** After a proactive refresh failed while the token still works, wait this long before trying again. */
    static final Duration PROACTIVE_RETRY_PAUSE = Duration.ofSeconds(30);

    /**
     * When the token endpoint gives no {@code expires_in}: short on purpose. Zalo's documented lifetime is about 25 h
     * (secondary, NOT CONFIRMED), but refreshing early costs one request and refreshing late costs a failed send.
     */
    static final Duration FALLBACK_LIFETIME = Duration.ofHours(1);

    private final ZaloConfig config;
    private final ZaloTokenStore store;
    private final ZaloHttp http;
    private final Clock clock;
    private final URI tokenEndpoint;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicLong refreshes = new AtomicLong();
    private volatile ZaloTokens current;
    private volatile ZaloTokens unsaved;
    private volatile String deadRefreshToken;
    private volatile Instant nextProactiveAttempt = Instant.MIN;

    public ZaloAccessTokens(ZaloConfig config, ZaloTokenStore store, Clock clock) {
        this(config, store, new ZaloHttp(config), clock);
    }

    ZaloAccessTokens(ZaloConfig config, ZaloTokenStore store, ZaloHttp http, Clock clock) {
        this.config = config;
        this.store = store;
        this.http = http;
        this.clock = clock;
        this.tokenEndpoint = ZaloHttp.resolve(config.oauthBaseUrl(), "/v4/oa/access_token");
        this.current = store.load().orElse(null);
    }

    /**
     * The access token to send with, refreshed first when it expires within {@link #REFRESH_MARGIN}.
     *
     * @throws ZaloAuthException when there is no usable token
     */
    public String accessToken() throws ZaloAuthException {
        ZaloTokens tokens = current;
        Instant now = clock.instant();
        if (tokens != null && unsaved == null && !tokens.expiresWithin(REFRESH_MARGIN, now)) {
            return tokens.accessToken();
        }
        refreshing.lock();
        try {
            saveUnsaved();
            tokens = current;
            if (tokens == null || tokens.expiresWithin(Duration.ZERO, now)) {
                return refreshLocked(tokens == null ? null : tokens.accessToken())
                        .accessToken();
            }
            if (tokens.expiresWithin(REFRESH_MARGIN, now) && !now.isBefore(nextProactiveAttempt)) {
                try {
                    return refreshLocked(null).accessToken();
                } catch (ZaloAuthException failed) {
                    if (unsaved != null) {
                        throw failed;
                    }
                    // Still valid for a while: keep sending with it, try again after a pause.
                    nextProactiveAttempt = now.plus(PROACTIVE_RETRY_PAUSE);
                }
            }
            return current.accessToken();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * A replacement for an access token Zalo just rejected. If another thread (or process) has already replaced it,
     * that replacement is returned without a second refresh.
     *
     * @throws ZaloAuthException when no new token could be had
     */
    public String replaceRejected(String rejectedAccessToken) throws ZaloAuthException {
        refreshing.lock();
        try {
            saveUnsaved();
            ZaloTokens tokens = current;
            if (tokens != null && !tokens.accessToken().equals(rejectedAccessToken)) {
                return tokens.accessToken();
            }
            return refreshLocked(rejectedAccessToken).accessToken();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * Exchanges the code from the OA's consent redirect (PKCE: the verifier whose S256 challenge started the consent)
     * for the first pair of tokens, and saves it.
     *
     * @throws ZaloAuthException when Zalo refuses the code or the pair could not be saved
     */
    public ZaloTokens authorise(String code, String codeVerifier) throws ZaloAuthException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app_id", config.appId());
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", codeVerifier);
        refreshing.lock();
        try {
            ZaloTokens fresh = requestTokens(form);
            keep(fresh);
            deadRefreshToken = null;
            return fresh;
        } finally {
            refreshing.unlock();
        }
    }

    /** How many times this manager called the token endpoint to refresh. */
    public long refreshCount() {
        return refreshes.get();
    }

    private ZaloTokens refreshLocked(String rejectedAccessToken) throws ZaloAuthException {
        Instant now = clock.instant();
        Optional<ZaloTokens> stored = store.load();
        ZaloTokens known = current;
        if (stored.isPresent()
                && (known == null || !stored.get().accessToken().equals(known.accessToken()))
                && !stored.get().accessToken().equals(rejectedAccessToken)
                && !stored.get().expiresWithin(REFRESH_MARGIN, now)) {
            // Another process refreshed (or an operator re-authorised) since we last looked.
            current = stored.get();
            return current;
        }
        ZaloTokens base = stored.orElse(known);
        if (base == null) {
            throw new ZaloAuthException(
                    FailureReason.AUTH_ERROR,
                    "no Zalo tokens: an operator must authorise the OA for app " + config.appId());
        }
        if (base.refreshToken().equals(deadRefreshToken)) {
            throw new ZaloAuthException(
                    FailureReason.AUTH_ERROR,
                    "Zalo refused the OA's refresh token earlier; an operator must authorise the OA again");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app_id", config.appId());
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", base.refreshToken());
        refreshes.incrementAndGet();
        ZaloTokens fresh;
        try {
            fresh = requestTokens(form);
        } catch (ZaloAuthException refused) {
            if (refused.reason() == FailureReason.AUTH_ERROR) {
                deadRefreshToken = base.refreshToken();
            }
            throw refused;
        }
        keep(fresh);
        return fresh;
    }

    /** Saves before use: until the store has the pair, {@link #saveUnsaved()} refuses to hand out its token. */
    private void keep(ZaloTokens fresh) throws ZaloAuthException {
        current = fresh;
        unsaved = fresh;
        saveUnsaved();
    }

    private void saveUnsaved() throws ZaloAuthException {
        ZaloTokens pending = unsaved;
        if (pending == null) {
            return;
        }
        try {
            store.save(pending);
            unsaved = null;
        } catch (RuntimeException failed) {
            throw new ZaloAuthException(
                    FailureReason.AUTH_ERROR,
                    "Zalo rotated the OA's tokens but the token store could not save them ("
                            + failed.getClass().getSimpleName()
                            + "); they are held in memory and no send uses them until they are saved");
        }
    }

    private ZaloTokens requestTokens(Map<String, String> form) throws ZaloAuthException {
        ZaloAnswer answer;
        try {
            answer = http.postForm(tokenEndpoint, Map.of("secret_key", config.appSecretKey()), form);
        } catch (HttpConnectTimeoutException | ConnectException unreachable) {
            // Nothing reached Zalo, so the refresh token is unspent: worth another try later.
            throw new ZaloAuthException(
                    FailureReason.NETWORK,
                    "could not reach Zalo's token endpoint: "
                            + unreachable.getClass().getSimpleName());
        } catch (HttpTimeoutException late) {
            throw new ZaloAuthException(
                    FailureReason.AUTH_ERROR,
                    "no answer from Zalo's token endpoint in time; the refresh token may be spent");
        } catch (IOException failed) {
            throw new ZaloAuthException(
                    FailureReason.AUTH_ERROR,
                    "token refresh failed: " + failed.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ZaloAuthException(FailureReason.NETWORK, "interrupted while refreshing the Zalo token");
        }
        String access = answer.readable() ? answer.body().path("access_token").asText("") : "";
        String refresh = answer.readable() ? answer.body().path("refresh_token").asText("") : "";
        if (answer.status() != 200 || access.isBlank() || refresh.isBlank()) {
            String said = "Zalo refused the token request: HTTP " + answer.status()
                    + (answer.error() != 0 ? ", error " + answer.error() : "")
                    + (answer.message().isBlank() ? "" : ", " + answer.message());
            // A 5xx did not look at the refresh token: retryable. Anything else is a refusal for the operator.
            throw new ZaloAuthException(
                    answer.status() >= 500 ? FailureReason.SERVER_ERROR : FailureReason.AUTH_ERROR, said);
        }
        // Zalo sends expires_in as a string of seconds ("90000"); take a number too.
        long seconds = answer.body().path("expires_in").asLong(0);
        Duration lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : FALLBACK_LIFETIME;
        return new ZaloTokens(access, refresh, clock.instant().plus(lifetime));
    }
}
