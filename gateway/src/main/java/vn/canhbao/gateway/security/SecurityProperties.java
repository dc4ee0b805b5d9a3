package vn.canhbao.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Credentials of upstream systems.
 *
 * @param apiKeys the API keys that may post bulletins, as {@code name:key} pairs separated by commas (e.g. from
 *     {@code CANHBAO_API_KEYS=kttv-hai-phong:3f9c…,tinh-thai-nguyen:8a1d…}); the name is recorded as the source
 * @param localApiKey local mode only: the key to use, instead of a generated one
 * @param localApiKeyFile local mode only: where the generated key is kept between restarts
 * @param localPassword local mode only: the demo officers' password, instead of a generated one
 * @param localPasswordFile local mode only: where the generated password is kept between restarts
 * @param oidcUsernameClaim the claim of a province's OpenID Connect sign-in that names the canhbao officer
 * @param adminUsername production's first administrator, created on a start when no officer has that name (a new
 *     installation has no officer at all); never changed afterwards
 * @param adminPassword that administrator's first password, at least {@value FirstAdministrator#MIN_PASSWORD} characters
 */
@ConfigurationProperties("canhbao.security")
public record SecurityProperties(
        String apiKeys,
        String localApiKey,
        String localApiKeyFile,
        String localPassword,
        String localPasswordFile,
        @DefaultValue("preferred_username") String oidcUsernameClaim,
        String adminUsername,
        String adminPassword) {}
