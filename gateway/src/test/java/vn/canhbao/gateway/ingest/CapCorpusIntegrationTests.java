package vn.canhbao.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * The real CAP messages of the shared corpus, posted to the API: the valid ones are accepted (none names a Vietnamese
 * ward), the invalid ones refused with their reasons. Skipped when the corpus is absent (a user's clone has none).
 */
class CapCorpusIntegrationTests extends GatewayIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"australia.cap", "canada.cap", "earthquake.cap", "weather.cap", "no_optional_fields.cap"})
    void validCorpusFileIsAccepted(String name) throws Exception {
        HttpResponse<String> response = postCap(corpusFile(name));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("wards")).isEmpty();
        assertThat(answer.get("bulletinId").asString()).isNotBlank();
    }

    @Test
    void theUsgsBulletinSignedWithRsaSha1IsAcceptedAsUnverified() throws Exception { // #15
        // Signed with RSA-SHA1 by a key no one configured as trusted: a signature canhbao cannot vouch for, on content
        // that is as it was signed.
        HttpResponse<String> response = postCap(corpusFile("earthquake_signed.cap"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("signature").asString()).isEqualTo("UNVERIFIED");
        assertThat(answer.get("signatureReason").asString()).contains("rsa-sha1");
        assertThat(getJson("/api/v1/bulletins/" + answer.get("bulletinId").asString())
                        .get("signature")
                        .asString())
                .isEqualTo("UNVERIFIED");
    }

    @Test
    void theUsgsBulletinChangedAfterSigningIsRefused() throws Exception { // #15
        String changed = corpusFile("earthquake_signed.cap").replace("EQ 1.3 The Geysers", "EQ 7.3 The Geysers");

        HttpResponse<String> response = postCap(changed);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("/alert/Signature").contains("changed after it was signed");
    }

    @Test
    void unsignedCorpusFilesReportNoSignature() throws Exception { // #15
        JsonNode answer = json.readTree(postCap(corpusFile("canada.cap")).body());

        assertThat(answer.get("signature").asString()).isEqualTo("NONE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "invalid.cap:/alert/scope",
                "noaa_errors.cap:/alert/references",
                "canada_errors.cap:/alert/references"
            })
    void invalidCorpusFileIsRefusedWithItsReason(String nameAndPath) throws Exception {
        String[] parts = nameAndPath.split(":");
        HttpResponse<String> response = postCap(corpusFile(parts[0]));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        java.util.List<String> paths = new java.util.ArrayList<>();
        errors.forEach(e -> paths.add(e.get("path").asString()));
        assertThat(paths).contains(parts[1]);
    }

    private static String corpusFile(String name) throws Exception {
        Optional<Path> corpus = locate();
        assumeTrue(corpus.isPresent(), "no CAP corpus beside the repository (shared/cap-corpus)");
        return Files.readString(corpus.get().resolve(name), StandardCharsets.UTF_8);
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("canhbao.cap-corpus");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("cap-corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
