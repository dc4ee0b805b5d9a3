package vn.canhbao.gateway.subscription;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing subscription secret into one line an operator can act on, instead of a stack trace. */
class MissingSubscriptionSecretAnalyzer extends AbstractFailureAnalyzer<MissingSubscriptionSecret> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSubscriptionSecret cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set CANHBAO_SUBSCRIPTION_SECRET to a random value of at least " + SubscriptionSecret.MIN_LENGTH
                        + " characters (e.g. openssl rand -hex 32), the same on every replica.",
                cause);
    }
}
