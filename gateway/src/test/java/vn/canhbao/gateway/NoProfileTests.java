package vn.canhbao.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No accidental local mode (#17): the service started without a profile, as a production server that lost its
 * {@code SPRING_PROFILES_ACTIVE} would start it, refuses with one line that names both modes, and starts nothing.
 */
class NoProfileTests {

    @Test
    void startedWithoutAProfileItRefusesAndNamesLocalAndProd() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CanhbaoApplication.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("it stops by itself")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output)
                .contains("--spring.profiles.active=local")
                .contains("--spring.profiles.active=prod")
                .contains("./canhbao run")
                .doesNotContain("Started CanhbaoApplication")
                .doesNotContain("local mode (in-process Kafka");
    }
}
