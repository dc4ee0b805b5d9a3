package vn.canhbao.core.alert;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies one alert. Alerts created from a bulletin get a deterministic id, so a replayed bulletin maps to the same alert. */
public record AlertId(UUID value) {

    public AlertId {
        Objects.requireNonNull(value, "value");
    }

    public static AlertId random() {
        return new AlertId(UUID.randomUUID());
    }

    /** The id of the alert that bulletin {@code bulletinId} produces for ward {@code wardCode}. */
    public static AlertId forBulletinAndWard(UUID bulletinId, String wardCode) {
        return new AlertId(
                UUID.nameUUIDFromBytes(("alert:" + bulletinId + ":" + wardCode).getBytes(StandardCharsets.UTF_8)));
    }

    public static AlertId parse(String text) {
        return new AlertId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
