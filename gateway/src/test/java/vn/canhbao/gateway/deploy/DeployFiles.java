package vn.canhbao.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Reads the files under {@code deploy/} (the tests run in {@code gateway/}, beside it). */
final class DeployFiles {

    private DeployFiles() {}

    static Path path(String relative) {
        Path deploy = Path.of("").toAbsolutePath().getParent().resolve("deploy");
        Path file = deploy.resolve(relative);
        assertThat(file).as("deploy/" + relative).exists();
        return file;
    }

    static String text(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one YAML document of a file, as maps, lists and scalars (merge keys applied). */
    static Map<String, Object> yaml(String relative) {
        return new Yaml().load(text(relative));
    }

    /** Every YAML document of a file (a Kubernetes manifest may hold several). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String relative) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(text(relative))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    /** The value at a path of keys ({@code "spec.template.spec"}) in nested maps; null where any key is missing. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String dottedPath) {
        Object current = node;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }

    /** A scalar as the service would read it from an environment variable. */
    static String scalar(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
