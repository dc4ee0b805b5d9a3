package vn.canhbao.gateway.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.canhbao.core.cap.CapInfo;
import vn.canhbao.core.cap.CapMessage;

/**
 * When a bulletin stops being in force: the latest {@code <expires>} of its info blocks (CAP has one per language; a
 * bulletin is over only when every one of them is). A bulletin without any {@code <expires>} never expires by itself.
 * An expired bulletin is kept and sends nothing (#14, finding 11): every dispatch of it would fail anyway, as no
 * provider retry may outlive the alert.
 */
record BulletinExpiry(Optional<OffsetDateTime> expires) {

    static BulletinExpiry of(CapMessage message) {
        boolean everyInfoExpires =
                !message.infos().isEmpty() && message.infos().stream().allMatch(i -> i.expires() != null);
        if (!everyInfoExpires) {
            return new BulletinExpiry(Optional.empty());
        }
        return new BulletinExpiry(message.infos().stream()
                .map(CapInfo::expires)
                .filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo));
    }

    /** Whether the bulletin is no longer in force at {@code now}. */
    boolean isExpiredAt(Instant now) {
        return expires.map(e -> !now.isBefore(e.toInstant())).orElse(false);
    }
}
