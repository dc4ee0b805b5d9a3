package vn.canhbao.gateway.subscription;

/** The subscription secret is missing or too weak; the service does not start without it in production. */
public class MissingSubscriptionSecret extends RuntimeException {

    MissingSubscriptionSecret(String message) {
        super(message);
    }
}
