package vn.canhbao.core.cap;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of CAP {@code references}: the extended identifier {@code sender,identifier,sent} of an earlier message
 * that an {@code Update}, {@code Cancel}, {@code Ack} or {@code Error} acts on.
 *
 * @param sent the earlier message's {@code sent} exactly as written, so the reference reads back unchanged
 */
public record CapReference(String sender, String identifier, String sent) {

    public CapReference {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(sent, "sent");
    }

    /** A reference to {@code message}, for an update or cancel that supersedes it. */
    public static CapReference of(CapMessage message) {
        return new CapReference(message.sender(), message.identifier(), CapSyntax.format(message.sent()));
    }

    /** Parses one whitespace-free entry {@code sender,identifier,sent}; empty when it is not of that form. */
    public static Optional<CapReference> parse(String entry) {
        String[] parts = entry.split(",", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CapReference(parts[0], parts[1], parts[2]));
    }

    /** The time the referenced message was sent, when {@link #sent} is a valid CAP date and time. */
    public Optional<OffsetDateTime> sentTime() {
        return CapSyntax.dateTime(sent);
    }

    /**
     * Whether this entry names {@code message}: same sender and identifier, and the same instant (so {@code +00:00}
     * and {@code -00:00} match).
     */
    public boolean refersTo(CapMessage message) {
        return sender.equals(message.sender())
                && identifier.equals(message.identifier())
                && sentTime().map(t -> t.isEqual(message.sent())).orElse(false);
    }

    /** The entry as CAP writes it: {@code sender,identifier,sent}. */
    public String toCapString() {
        return sender + "," + identifier + "," + sent;
    }
}
