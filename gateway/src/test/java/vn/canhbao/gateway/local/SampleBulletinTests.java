package vn.canhbao.gateway.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** #14, finding 11: the README's sample bulletin, posted on any day, is in force. */
class SampleBulletinTests {

    private static final String XML = """
            <alert><identifier>DAI-KTTV-LQ</identifier><sent>2026-11-23T08:15:00+07:00</sent>
            <info><expires>2026-11-23T14:15:00+07:00</expires></info>
            <info><expires>2026-11-23T10:15:00+07:00</expires></info></alert>""";

    @Test
    void sentBecomesNowAndEachExpiryKeepsItsDistanceFromIt() {
        String current = SampleBulletin.current(XML, OffsetDateTime.parse("2027-02-01T01:30:05.123Z"));

        assertThat(current)
                .contains("<sent>2027-02-01T08:30:05+07:00</sent>")
                .contains("<expires>2027-02-01T14:30:05+07:00</expires>")
                .contains("<expires>2027-02-01T10:30:05+07:00</expires>")
                .contains("<identifier>DAI-KTTV-LQ-20270201-083005</identifier>");
    }
}
