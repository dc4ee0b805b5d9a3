package vn.canhbao.core.cap;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text formats inside CAP elements: dates and times, points, polygons, circles and space-separated lists. */
final class CapSyntax {

    /**
     * CAP 1.2 §3.3.2 and the {@code sent} pattern of its schema: whole seconds and a numeric offset; "Z" is forbidden
     * and UTC is written {@code -00:00}. (The schema's {@code [-,+]} also admits a comma, a known slip; we do not.)
     */
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[-+]\\d{2}:\\d{2}");

    private static final String NUMBER = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern DECIMAL = Pattern.compile(NUMBER);
    private static final Pattern POINT = Pattern.compile("(" + NUMBER + "),(" + NUMBER + ")");
    private static final DateTimeFormatter LOCAL_PART = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private CapSyntax() {}

    static Optional<OffsetDateTime> dateTime(String text) {
        if (text == null || !DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Writes a time as CAP 1.2 wants it: whole seconds, numeric offset, UTC as {@code -00:00}. */
    static String format(OffsetDateTime time) {
        OffsetDateTime t = time.truncatedTo(ChronoUnit.SECONDS);
        int offsetMinutes = t.getOffset().getTotalSeconds() / 60;
        String sign = offsetMinutes > 0 ? "+" : "-";
        int abs = Math.abs(offsetMinutes);
        return LOCAL_PART.format(t) + sign + String.format("%02d:%02d", abs / 60, abs % 60);
    }

    static boolean isDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches();
    }

    static Optional<LatLon> point(String text) {
        Matcher m = POINT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LatLon(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
    }

    /** The points of a polygon, or empty when any point is malformed. The ring rules are the validator's. */
    static Optional<List<LatLon>> polygon(String text) {
        List<LatLon> points = new ArrayList<>();
        for (String token : words(text)) {
            Optional<LatLon> p = point(token);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            points.add(p.get());
        }
        return Optional.of(points);
    }

    static Optional<CapCircle> circle(String text) {
        List<String> parts = words(text);
        if (parts.size() != 2 || !isDecimal(parts.get(1))) {
            return Optional.empty();
        }
        return point(parts.get(0)).map(centre -> new CapCircle(centre, Double.parseDouble(parts.get(1))));
    }

    static String format(LatLon p) {
        return format(p.latitude()) + "," + format(p.longitude());
    }

    static String format(List<LatLon> polygon) {
        return String.join(" ", polygon.stream().map(CapSyntax::format).toList());
    }

    static String format(CapCircle c) {
        return format(c.centre()) + " " + format(c.radiusKm());
    }

    /** A decimal without exponent or trailing zeros, which reads back as the same double. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static List<String> words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    /**
     * The entries of {@code addresses} or {@code incidents}: separated by whitespace, an entry containing spaces is
     * enclosed in double quotes.
     */
    static List<String> quotedWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    static String joinQuoted(List<String> entries) {
        return String.join(
                " ",
                entries.stream()
                        .map(e -> e.chars().anyMatch(Character::isWhitespace) ? "\"" + e + "\"" : e)
                        .toList());
    }
}
