package vn.canhbao.gateway.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.canhbao.core.area.Province;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.pipeline.DeliveryCounts.Waiting;
import vn.canhbao.gateway.pipeline.Progress;
import vn.canhbao.gateway.report.TimelineEntry;

/**
 * How the console writes times and places: Vietnam's time zone whatever the server's, and a ward with its province,
 * since many wards share a name. Used from the templates as {@code @consoleFormat}.
 */
@Component("consoleFormat")
public class ConsoleFormat {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

    private final WardDirectory wards;
    private final MessageSource messages;

    ConsoleFormat(WardDirectory wards, MessageSource messages) {
        this.wards = wards;
        this.messages = messages;
    }

    /**
     * A count as the officer's language writes it ("1.000" in Vietnamese, "1,000" in English). The page and its live
     * view both take their numbers from here, so a refresh never rewrites a number it did not write (#14).
     */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }

    /** One channel's line of the live view: "1.000/1.000 đã chuyển · 0 đang chờ · 0 lỗi · 0 đã dừng". */
    public String counts(Progress p) {
        return messages.getMessage(
                "progress.counts",
                new Object[] {p.handedOver(), p.dispatches(), p.pending(), p.failed(), p.cancelled()},
                LocaleContextHolder.getLocale());
    }

    /**
     * What of a channel waits on a failing provider, or "" when nothing does (#15): how many, why, since when, and
     * until when canhbao keeps trying.
     */
    public String waiting(Waiting w, OffsetDateTime expires) {
        if (w == null || w.count() == 0) {
            return "";
        }
        String why = message("provider.trouble." + w.reason(), message("provider.trouble.other", ""));
        return messages.getMessage(
                expires == null ? "progress.waitingNoExpiry" : "progress.waiting",
                new Object[] {count(w.count()), why, time(w.oldest()), time(expires)},
                LocaleContextHolder.getLocale());
    }

    public String time(TemporalAccessor t) {
        return switch (t) {
            case null -> "";
            case Instant i -> TIME.format(i);
            case OffsetDateTime o -> TIME.format(o.toInstant());
            default -> TIME.format(t);
        };
    }

    /**
     * Who did a step of an alert's timeline, in the officer's language: a channel by its name ("Loa truyền thanh"),
     * anyone else as recorded.
     */
    public String timelineWho(TimelineEntry entry) {
        return entry.what().startsWith("handover.")
                ? message("console.channel." + entry.who(), entry.who())
                : entry.who();
    }

    /** The detail of a timeline step in the officer's language: "Cảnh báo thật", "1.000 tin". */
    public String timelineDetail(TimelineEntry entry) {
        if (entry.detail() == null) {
            return "";
        }
        if (entry.what().equals("handover.last")) {
            return message("timeline.messages", entry.detail(), count(Long.parseLong(entry.detail())));
        }
        if (entry.what().equals("alert.cancelled") || entry.what().equals("alert.corrected")) {
            return message("timeline.cancelCode", entry.detail(), entry.detail());
        }
        if (entry.what().startsWith("alert.") && entry.detail().matches("ACTUAL|EXERCISE|TEST")) {
            return message("status." + entry.detail(), entry.detail());
        }
        return entry.detail();
    }

    private String message(String key, String otherwise, Object... args) {
        return messages.getMessage(key, args, otherwise, LocaleContextHolder.getLocale());
    }

    public String ward(String code) {
        return wards.resolve(code).map(Ward::name).orElse(code);
    }

    /** e.g. "Xã Cao Minh, Thái Nguyên". */
    public String wardWithProvince(String code) {
        return wards.resolve(code)
                .map(w -> w.name() + ", "
                        + wards.province(w.provinceCode()).map(Province::name).orElse(w.provinceCode()))
                .orElse(code);
    }
}
