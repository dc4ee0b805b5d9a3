package vn.canhbao.gateway.local;

import java.nio.file.Path;
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
                : LocalSecret.kept(Path.of(properties.localApiKeyFile()), "0123456789abcdef", 48);
    }

    @Override
    public void contribute(ApiKeys keys) {
        keys.add("local", key);
    }

    public String value() {
        return key;
    }
}
