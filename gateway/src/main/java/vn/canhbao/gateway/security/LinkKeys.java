package vn.canhbao.gateway.security;

/**
 * Keys for links that people open without signing in (an unsubscribe link, a leader's confirmation link), each drawn
 * for its own purpose from one secret the operators keep, so a link made for one purpose is never valid for another.
 */
public interface LinkKeys {

    /** The key for links of {@code purpose}; the same for the same purpose across restarts and replicas. */
    byte[] keyFor(String purpose);
}
