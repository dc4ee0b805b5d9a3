package vn.canhbao.gateway.providers;

import java.util.Locale;

/**
 * The SMS providers canhbao can send through, as {@code canhbao.channels.sms.primary} and {@code .secondary} name them.
 * A dispatch's provider message id says which provider took it: Twilio's own ids ({@code SM…}) as they are, so rows
 * from before eSMS still match Twilio's callbacks; eSMS's {@code SMSID} behind {@value #ESMS_PREFIX}, so a report from
 * either provider finds only its own message.
 */
public enum SmsProvider {
    TWILIO(""),
    ESMS(SmsProvider.ESMS_PREFIX);

    /** What comes before eSMS's {@code SMSID} in a dispatch's provider message id. */
    public static final String ESMS_PREFIX = "esms:";

    private final String prefix;

    SmsProvider(String prefix) {
        this.prefix = prefix;
    }

    /** The provider message id canhbao keeps for the id this provider gave a message. */
    public String messageId(String providerId) {
        return prefix + providerId;
    }

    /** The name in configuration and metrics: {@code twilio}, {@code esms}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The provider a setting names, in any case.
     *
     * @throws IllegalStateException naming the setting and the providers there are
     */
    static SmsProvider named(String value, String setting) {
        for (SmsProvider provider : values()) {
            if (provider.key().equalsIgnoreCase(value.strip())) {
                return provider;
            }
        }
        throw new IllegalStateException(setting + " must be twilio or esms, was " + value);
    }

    /** The other provider. */
    SmsProvider other() {
        return this == TWILIO ? ESMS : TWILIO;
    }
}
