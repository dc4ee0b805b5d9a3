package vn.canhbao.gateway.subscription;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** A step of the subscription was refused; the page says why and keeps what the person typed. */
class SubscriptionRefused extends RuntimeException {

    private final Refusal reason;
    private final Object[] arguments;

    SubscriptionRefused(Refusal reason, Object... arguments) {
        super(reason.key(), null, false, false);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    Refusal reason() {
        return reason;
    }

    /** What the page says, in the person's language. */
    String message(MessageSource messages, Locale locale) {
        return messages.getMessage(reason.messageKey(), arguments, locale);
    }

    /** The values the message quotes, e.g. how many tries are left. */
    Object[] arguments() {
        return arguments.clone();
    }
}
