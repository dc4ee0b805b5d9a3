package vn.canhbao.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.pipeline.Progress;
import vn.canhbao.gateway.report.TimelineEntry;

/** The console's numbers and report words, as an officer reads them in either language (#14). */
class ConsoleFormatTests {

    private final ConsoleFormat format = new ConsoleFormat(WardDirectory.bundled(), messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void countsOfThousandsAreGroupedAsTheOfficersLanguageWritesThem() {
        Progress p = new Progress(2029, 1000, 3, 1026, 0, 0);

        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(format.count(2029)).isEqualTo("2.029");
        assertThat(format.counts(p)).isEqualTo("1.000/2.029 đã chuyển · 1.026 đang chờ · 3 lỗi · 0 đã dừng");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(format.count(2029)).isEqualTo("2,029");
        assertThat(format.counts(p)).isEqualTo("1,000/2,029 handed over · 1,026 pending · 3 failed · 0 stopped");
    }

    @Test
    void theReportSaysChannelsStatusesAndCountsInVietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        Instant at = Instant.parse("2026-12-04T12:00:00Z");

        TimelineEntry handedOver = new TimelineEntry(at, "handover.last", "LOUDSPEAKER", "2029");
        assertThat(format.timelineWho(handedOver)).isEqualTo("Loa truyền thanh");
        assertThat(format.timelineDetail(handedOver)).isEqualTo("2.029 tin");
        assertThat(format.timelineDetail(new TimelineEntry(at, "alert.issued", "officer", "ACTUAL")))
                .isEqualTo("Cảnh báo thật");
        assertThat(format.timelineDetail(new TimelineEntry(at, "alert.drafted", "officer", "EXERCISE")))
                .isEqualTo("Diễn tập");
        assertThat(format.timelineWho(new TimelineEntry(at, "alert.issued", "officer.bachdang", null)))
                .isEqualTo("officer.bachdang");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/console");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
