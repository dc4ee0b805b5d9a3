package vn.canhbao.channels.firebase;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a push goes, as written in {@code Dispatch.address()}: {@code topic:<name>} for everyone in the app who
 * follows a topic (one topic per ward, e.g. {@code topic:ward-11473}), or {@code token:<registration token>} for one
 * device (a neighbourhood leader who must acknowledge).
 *
 * @param kind a topic or one device
 * @param value the topic name or the registration token, without the prefix
 */
public record PushTarget(Kind kind, String value) {

    /** The two kinds of FCM target this adapter sends to. */
    public enum Kind {
        TOPIC("topic:"),
        TOKEN("token:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** FCM's rule for topic names: https://firebase.google.com/docs/cloud-messaging/send-topic-messages. */
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9-_.~%]{1,900}");

    /** FCM registration tokens are opaque, but never blank, never contain whitespace and stay well under 4 KB. */
    private static final Pattern TOKEN = Pattern.compile("[^\\s]{1,4096}");

    public PushTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Pattern rule = kind == Kind.TOPIC ? TOPIC_NAME : TOKEN;
        if (!rule.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    kind == Kind.TOPIC
                            ? "a topic name is 1-900 of the characters a-z A-Z 0-9 - _ . ~ %"
                            : "a registration token is 1-4096 characters without whitespace");
        }
    }

    public static PushTarget topic(String name) {
        return new PushTarget(Kind.TOPIC, name);
    }

    public static PushTarget token(String registrationToken) {
        return new PushTarget(Kind.TOKEN, registrationToken);
    }

    /** The ward's topic, e.g. {@code ward-11473} for ward code 11473. */
    public static PushTarget wardTopic(String wardCode) {
        return topic("ward-" + wardCode);
    }

    /**
     * Reads an address written by {@link #format()}.
     *
     * @throws IllegalArgumentException when the address has neither prefix or its value breaks FCM's rules; the
     *     message never repeats the address, which may be a device token
     */
    public static PushTarget parse(String address) {
        Objects.requireNonNull(address, "address");
        for (Kind kind : Kind.values()) {
            if (address.startsWith(kind.prefix())) {
                return new PushTarget(kind, address.substring(kind.prefix().length()));
            }
        }
        throw new IllegalArgumentException("a push address starts with topic: or token:");
    }

    /** The address form, {@code topic:<name>} or {@code token:<token>}. */
    public String format() {
        return kind.prefix() + value;
    }

    public boolean isToken() {
        return kind == Kind.TOKEN;
    }

    /** A form safe for logs and dead letters: the topic, or only the token's last six characters. */
    public String describe() {
        if (kind == Kind.TOPIC) {
            return format();
        }
        return "token:…" + value.substring(Math.max(0, value.length() - 6));
    }

    @Override
    public String toString() {
        return describe();
    }
}
