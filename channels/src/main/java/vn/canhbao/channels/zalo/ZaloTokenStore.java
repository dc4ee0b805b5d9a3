package vn.canhbao.channels.zalo;

import java.util.Optional;

/**
 * Where an OA's tokens live between refreshes and restarts: the gateway keeps them in its database, encrypted, so that
 * every dispatcher process sees the pair the last refresh wrote. {@link #save} must be durable when it returns: the
 * refresh token it replaces no longer works.
 */
public interface ZaloTokenStore {

    /** The last saved pair, or empty before an operator has authorised the OA. */
    Optional<ZaloTokens> load();

    /** Replaces the saved pair; throws if it could not be kept. */
    void save(ZaloTokens tokens);
}
