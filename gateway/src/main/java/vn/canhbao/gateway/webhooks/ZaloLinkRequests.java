package vn.canhbao.gateway.webhooks;

/**
 * What a Zalo follower's text may ask of the registry: to be linked to a phone (the text is a phone number) or to
 * prove they hold it (the text is the code sent to it by SMS). Implemented where residents' phones are confirmed
 * ({@code subscription}); declared here so that the webhook does not depend on that package.
 */
public interface ZaloLinkRequests {

    /** Whether {@code text} is a phone number or a link code, which is then not read as anything else. */
    boolean isLinkRequest(String text);

    /** Acts on a follower's phone number or code and answers them on Zalo; does nothing for another text. */
    void handle(String userId, String text);
}
