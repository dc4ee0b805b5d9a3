package vn.canhbao.gateway.subscription;

/** Supplies the subscription secret where {@code canhbao.subscription.secret} is not set, such as local mode's kept one. */
public interface SubscriptionSecretSource {

    String secret();
}
