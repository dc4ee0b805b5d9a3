package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Vietnamese test messages under {@code src/test/resources/cap/}, and a way to see why a variant is refused. */
final class CapSamples {

    static final String FLASH_FLOOD = "lu-quet-cao-minh.xml";
    static final String FLASH_FLOOD_UPDATE = "lu-quet-cao-minh-cap-nhat.xml";
    static final String FLASH_FLOOD_CANCEL = "lu-quet-cao-minh-huy.xml";
    static final String STORM = "bao-hai-phong.xml";
    static final String EXERCISE = "dien-tap-sat-lo.xml";
    static final List<String> ALL = List.of(FLASH_FLOOD, FLASH_FLOOD_UPDATE, FLASH_FLOOD_CANCEL, STORM, EXERCISE);

    private static final CapReader READER = new CapReader();

    private CapSamples() {}

    static byte[] bytes(String name) {
        try (InputStream in = CapSamples.class.getResourceAsStream("/cap/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static CapMessage read(String name) {
        return READER.read(bytes(name));
    }

    static CapMessage read(byte[] xml) {
        return READER.read(xml);
    }

    /** The problems the reader reports for {@code xml}, failing the test if it accepts it. */
    static List<CapProblem> problems(String xml) {
        return problems(xml.getBytes(StandardCharsets.UTF_8));
    }

    static List<CapProblem> problems(byte[] xml) {
        try {
            READER.read(xml);
        } catch (CapRejectedException e) {
            return e.problems();
        }
        return fail("the message was accepted, but it should have been rejected");
    }

    /** The flash-flood warning with {@code target} replaced, which must occur in it exactly once. */
    static String flashFloodWith(String target, String replacement) {
        return replaceOnce(text(FLASH_FLOOD), target, replacement);
    }

    static String replaceOnce(String xml, String target, String replacement) {
        int at = xml.indexOf(target);
        if (at < 0 || xml.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the message: " + target);
        }
        return xml.substring(0, at) + replacement + xml.substring(at + target.length());
    }
}
