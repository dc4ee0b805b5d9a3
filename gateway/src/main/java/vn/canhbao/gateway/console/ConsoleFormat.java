package vn.canhbao.gateway.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;
import vn.canhbao.core.area.Province;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;

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

    ConsoleFormat(WardDirectory wards) {
        this.wards = wards;
    }

    public String time(TemporalAccessor t) {
        return switch (t) {
            case null -> "";
            case Instant i -> TIME.format(i);
            case OffsetDateTime o -> TIME.format(o.toInstant());
            default -> TIME.format(t);
        };
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
