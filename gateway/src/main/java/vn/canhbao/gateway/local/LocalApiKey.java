package vn.canhbao.gateway.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.canhbao.gateway.security.ApiKeySource;
import vn.canhbao.gateway.security.ApiKeys;
import vn.canhbao.gateway.security.SecurityProperties;

/**
 * Local mode's API key, named {@code local}: {@code CANHBAO_LOCAL_API_KEY} when set, otherwise one generated on the
 * first start and kept in {@code ./data/local-api-key}, so it stays the same across restarts.
 */
@Component
@Profile("local")
public class LocalApiKey implements ApiKeySource {

    private final String key;

    LocalApiKey(SecurityProperties properties) {
        this.key = properties.localApiKey() != null && !properties.localApiKey().isBlank()
                ? properties.localApiKey().trim()
                : stored(Path.of(properties.localApiKeyFile()));
    }

    private static String stored(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local API key in " + file.toAbsolutePath(), e);
        }
    }

    @Override
    public void contribute(ApiKeys keys) {
        keys.add("local", key);
    }

    public String value() {
        return key;
    }
}
