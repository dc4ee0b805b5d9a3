package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.canhbao.core.alert.Severity;

/**
 * Real CAP messages from US, Canadian and Australian authorities (the shared corpus, {@code shared/cap-corpus} beside
 * the repository, or the directory in system property {@value #PROPERTY}). Skipped when the corpus is absent. The
 * files are read where they are, never copied into the project.
 */
class CapCorpusConformanceTests {

    static final String PROPERTY = "canhbao.cap-corpus";

    private static Path corpus;

    private final CapReader reader = new CapReader();
    private final CapWriter writer = new CapWriter();

    @BeforeAll
    static void findCorpus() {
        corpus = locate().orElse(null);
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
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

    private byte[] corpusFile(String name) throws IOException {
        assumeTrue(corpus != null, "no CAP corpus: put shared/cap-corpus beside the repository or set -D" + PROPERTY);
        return Files.readAllBytes(corpus.resolve(name));
    }

    private List<String> problemPaths(String name) throws IOException {
        return CapSamples.problems(corpusFile(name)).stream()
                .map(CapProblem::path)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "australia.cap",
                "canada.cap",
                "earthquake.cap",
                "weather.cap",
                "no_optional_fields.cap",
                "earthquake_signed.cap"
            })
    void aValidFileIsReadAndWrittenBackAsTheSameMessageInCap12(String name) throws IOException {
        CapMessage original = reader.read(corpusFile(name));

        CapMessage rewritten = reader.read(writer.write(original).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(rewritten.version()).isEqualTo(CapVersion.CAP_1_2);
        assertThat(rewritten.signed()).isFalse();
        assertThat(rewritten)
                .usingRecursiveComparison()
                .ignoringFields("version", "signed")
                .isEqualTo(original);
    }

    @Test
    void cap12FilesWithPolygonsCirclesAndGeocodes() throws IOException {
        CapMessage australia = reader.read(corpusFile("australia.cap"));
        CapMessage canada = reader.read(corpusFile("canada.cap"));

        assertThat(australia.version()).isEqualTo(CapVersion.CAP_1_2);
        assertThat(australia.infos()).hasSize(2);
        assertThat(australia.infos().getFirst().areas().getFirst().circles())
                .containsExactly(new CapCircle(new LatLon(-35.3888, 147.0598), 25.0));
        assertThat(australia.infos().getFirst().parameters()).contains(new NamedValue("AllocatedResources", ""));

        assertThat(canada.msgType()).isEqualTo(CapMessageType.UPDATE);
        assertThat(canada.references()).hasSize(2);
        assertThat(canada.references().getFirst().sent()).isEqualTo("2012-05-02T21:45:05-00:00");
        assertThat(canada.restriction()).isNull();
        assertThat(canada.infos()).extracting(CapInfo::language).containsExactly("en-CA", "fr-CA");
        assertThat(canada.infos().getFirst().areas().getFirst().polygons().getFirst())
                .hasSize(17);
        assertThat(VietnameseCapProfile.dvhcCodes(canada)).isEmpty();
    }

    @Test
    void cap11FilesAreAcceptedAndKeepTheirVersion() throws IOException {
        CapMessage earthquake = reader.read(corpusFile("earthquake.cap"));
        CapMessage bare = reader.read(corpusFile("no_optional_fields.cap"));

        assertThat(earthquake.version()).isEqualTo(CapVersion.CAP_1_1);
        assertThat(earthquake.infos().getFirst().language()).isEqualTo(CapInfo.DEFAULT_LANGUAGE);
        assertThat(earthquake.infos().getFirst().severity()).isEqualTo(Severity.UNKNOWN);
        assertThat(earthquake
                        .infos()
                        .getFirst()
                        .areas()
                        .getFirst()
                        .circles()
                        .getFirst()
                        .radiusKm())
                .isZero();
        assertThat(bare.version()).isEqualTo(CapVersion.CAP_1_1);
        assertThat(bare.infos()).isEmpty();
    }

    @Test
    void aSignedFileInIso88591IsReadAndMarkedSigned() throws IOException {
        CapMessage signed = reader.read(corpusFile("earthquake_signed.cap"));

        assertThat(signed.signed()).isTrue();
        assertThat(signed.identifier()).isEqualTo("USGS-earthquakes-nc71635010.28103893.20110906T171538.586Z");
    }

    @Test
    void invalidCapIsRefusedForItsMissingScope() throws IOException {
        assertThat(problemPaths("invalid.cap")).containsExactly("/alert/scope");
    }

    @Test
    void noaaErrorsIsRefusedForEmptyReferencesAndEnumerationsAndItsPolygons() throws IOException {
        // Beyond what the corpus README lists, its first polygon has stray commas ("-118.09,") and its second is empty.
        assertThat(problemPaths("noaa_errors.cap"))
                .containsExactly(
                        "/alert/references",
                        "/alert/info[1]/urgency",
                        "/alert/info[1]/severity",
                        "/alert/info[1]/certainty",
                        "/alert/info[1]/area[1]/polygon[1]",
                        "/alert/info[1]/area[1]/polygon[1]",
                        "/alert/info[1]/area[1]/polygon[2]");
    }

    @Test
    void canadaErrorsIsRefusedForTheEmptyReferencesOfItsUpdate() throws IOException {
        assertThat(problemPaths("canada_errors.cap")).containsExactly("/alert/references");
    }
}
