package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example bulletin in {@code docs/cap-profile.md} must stay a valid message, equal to the test resource. */
class CapProfileDocumentTests {

    @Test
    void theExampleBulletinInTheProfileIsValid() throws IOException {
        Path doc = Path.of("..", "docs", "cap-profile.md");
        assumeTrue(Files.isRegularFile(doc), "docs/cap-profile.md is not beside this module");
        Matcher block =
                Pattern.compile("```xml\\n(<\\?xml.*?)```", Pattern.DOTALL).matcher(Files.readString(doc));
        assertThat(block.find()).as("an ```xml block with a whole document").isTrue();

        CapMessage example = CapSamples.read(block.group(1).getBytes(StandardCharsets.UTF_8));

        assertThat(example).isEqualTo(CapSamples.read(CapSamples.FLASH_FLOOD));
    }
}
