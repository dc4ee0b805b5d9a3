package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canhbao.core.cap.CapSamples.problems;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Untrusted input must not make the reader read a file, open a connection, expand entities or take unbounded memory.
 * A local server socket that must never see a connection proves that nothing was fetched.
 */
class CapReaderSecurityTests {

    private static final String CAP_1_2 = "urn:oasis:names:tc:emergency:cap:1.2";
    private static final String BODY = """
            <identifier>KTTV-1</identifier><sender>kttv@nchmf.gov.vn</sender>
            <sent>2025-09-28T07:30:00+07:00</sent><status>Actual</status><msgType>Alert</msgType>
            <scope>Public</scope>""";

    private ServerSocket trap;

    @BeforeEach
    void openTrap() throws IOException {
        trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void closeTrap() throws IOException {
        trap.close();
    }

    private String trapUrl(String file) {
        return "http://127.0.0.1:" + trap.getLocalPort() + "/" + file;
    }

    private void assertNothingConnected() throws IOException {
        trap.setSoTimeout(150);
        assertThatThrownBy(trap::accept)
                .as("the reader connected to the trap server")
                .isInstanceOf(SocketTimeoutException.class);
    }

    private static void assertRefusedForItsDoctype(String xml) {
        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/");
            assertThat(p.message()).contains("DOCTYPE").doesNotContain("root:");
        });
    }

    @Test
    void anExternalEntityToALocalFileIsRefused() {
        assertRefusedForItsDoctype("""
                <?xml version="1.0"?>
                <!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <alert xmlns="%s"><identifier>&xxe;</identifier></alert>""".formatted(CAP_1_2));
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        assertRefusedForItsDoctype("""
                <?xml version="1.0"?>
                <!DOCTYPE alert SYSTEM "%s">
                <alert xmlns="%s">%s</alert>""".formatted(trapUrl("cap.dtd"), CAP_1_2, BODY));
        assertNothingConnected();
    }

    @Test
    void aParameterEntityIsNeverFetched() throws IOException {
        assertRefusedForItsDoctype("""
                <?xml version="1.0"?>
                <!DOCTYPE alert [<!ENTITY %% remote SYSTEM "%s"> %%remote;]>
                <alert xmlns="%s">%s</alert>""".formatted(trapUrl("evil.dtd"), CAP_1_2, BODY));
        assertNothingConnected();
    }

    @Test
    void anExternalGeneralEntityOverHttpIsNeverFetched() throws IOException {
        assertRefusedForItsDoctype("""
                <!DOCTYPE alert [<!ENTITY remote SYSTEM "%s">]>
                <alert xmlns="%s"><note>&remote;</note>%s</alert>""".formatted(trapUrl("note"), CAP_1_2, BODY));
        assertNothingConnected();
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE alert [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String ref = "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(ref.repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        long start = System.nanoTime();

        assertRefusedForItsDoctype(
                doctype + "<alert xmlns=\"" + CAP_1_2 + "\"><note>&lol9;</note>" + BODY + "</alert>");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void xincludeIsNotProcessedAndIsRefusedAsForeign() throws IOException {
        String xml = """
                <alert xmlns="%s" xmlns:xi="http://www.w3.org/2001/XInclude">%s
                  <note><xi:include href="file:///etc/passwd" parse="text"/></note>
                  <xi:include href="%s" parse="text"/>
                </alert>""".formatted(CAP_1_2, BODY, trapUrl("include"));

        List<CapProblem> problems = problems(xml);

        assertThat(problems)
                .extracting(CapProblem::path)
                .containsExactly("/alert/note/xi:include", "/alert/xi:include");
        assertThat(problems)
                .allSatisfy(
                        p -> assertThat(p.message()).contains("not part of CAP").doesNotContain("root:"));
        assertNothingConnected();
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<alert xmlns=\"" + CAP_1_2 + "\">" + "<note>".repeat(100) + "</note>".repeat(100) + "</alert>";

        assertThat(problems(xml)).singleElement().extracting(CapProblem::path).isEqualTo("/");
    }

    @Test
    void oneByteOverOneMebibyteIsRefusedBeforeParsing() {
        byte[] xml = new byte[CapReader.MAX_BYTES + 1];
        Arrays.fill(xml, (byte) '<');

        assertThatExceptionOfType(CapTooLargeException.class)
                .isThrownBy(() -> new CapReader().read(xml))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/");
                    assertThat(p.message()).contains("1048576 bytes");
                }));
    }

    @Test
    void exactlyOneMebibyteIsRead() {
        String message = CapSamples.text(CapSamples.FLASH_FLOOD);
        int padding = CapReader.MAX_BYTES - message.getBytes(StandardCharsets.UTF_8).length - "<!---->".length();
        byte[] xml = (message + "<!--" + " ".repeat(padding) + "-->").getBytes(StandardCharsets.UTF_8);

        assertThat(xml).hasSize(CapReader.MAX_BYTES);
        assertThat(CapSamples.read(xml).identifier()).isEqualTo("KTTV-2025-LQ-0042");
    }

    @Test
    void aStreamIsReadNoFurtherThanTheLimit() {
        EndlessStream in = new EndlessStream();

        assertThatExceptionOfType(CapTooLargeException.class).isThrownBy(() -> new CapReader().read(in));
        assertThat(in.served).isEqualTo(CapReader.MAX_BYTES + 1L);
    }

    private static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            served += len;
            return len;
        }
    }
}
