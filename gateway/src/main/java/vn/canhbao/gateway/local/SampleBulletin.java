package vn.canhbao.gateway.local;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample bulletin made current: the README's {@code docs/examples/lu-quet-cao-minh.xml} was written for a day in
 * November 2026, and posted on any later day it has expired and sends nothing. This moves its {@code <sent>} to now
 * and each {@code <expires>} as far after now as it was after the old {@code <sent>}, and makes its
 * {@code <identifier>} unique, so the same file can be posted again and again (#14, finding 11).
 */
public final class SampleBulletin {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private static final Pattern SENT = Pattern.compile("<sent>([^<]+)</sent>");
    private static final Pattern EXPIRES = Pattern.compile("<expires>([^<]+)</expires>");
    private static final Pattern IDENTIFIER = Pattern.compile("<identifier>([^<]+)</identifier>");

    private SampleBulletin() {}

    /** {@code xml} with its times moved to {@code now} and its identifier suffixed with the time. */
    public static String current(String xml, OffsetDateTime now) {
        OffsetDateTime sentNow =
                now.atZoneSameInstant(VIETNAM).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
        Matcher sent = SENT.matcher(xml);
        if (!sent.find()) {
            throw new IllegalArgumentException("The bulletin has no <sent>.");
        }
        OffsetDateTime oldSent = OffsetDateTime.parse(sent.group(1).strip());
        String moved = sent.replaceFirst("<sent>" + CAP_TIME.format(sentNow) + "</sent>");
        moved = EXPIRES.matcher(moved).replaceAll(m -> {
            Duration validFor =
                    Duration.between(oldSent, OffsetDateTime.parse(m.group(1).strip()));
            return "<expires>" + CAP_TIME.format(sentNow.plus(validFor)) + "</expires>";
        });
        return IDENTIFIER
                .matcher(moved)
                .replaceFirst(m -> Matcher.quoteReplacement(
                        "<identifier>" + m.group(1).strip() + "-" + SUFFIX.format(sentNow) + "</identifier>"));
    }
}
