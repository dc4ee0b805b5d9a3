package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.canhbao.channels.simulator.cbsp.BscSimulator;
import vn.canhbao.channels.simulator.cbsp.CellGlobalId;
import vn.canhbao.channels.simulator.cbsp.OsmoCbc;
import vn.canhbao.channels.simulator.cbsp.ReceivedBroadcast;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.MessageIdentifier;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.registry.Cell;
import vn.canhbao.gateway.registry.WardCells;

/**
 * #18's acceptance: a bulletin for Xã Cao Minh goes canhbao → ECBE → a real OsmoCBC 0.4.0 → CBSP → the BSC simulator
 * serving the ward's cells. The pages the BSC decodes are the text the ward's broadcast was rendered with, in UCS-2;
 * the bulletin's Update reaches the cells with the update number raised; its Cancel kills the message there; the
 * progress counts the broadcast and the ward's cells. Skipped where no osmo-cbc binary is found ({@link OsmoCbc}).
 *
 * <p>The whole service with the CBC's address in its settings, so in an application context and a JVM of its own.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("own-context") // in a JVM of its own: see gateway/pom.xml
class CellBroadcastThroughOsmoCbcTests extends GatewayIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static OsmoCbc cbc;
    private static BscSimulator bsc;

    @Autowired
    private AlertRepository alerts;

    @Autowired
    private WardCells cells;

    @DynamicPropertySource
    static void cbc(DynamicPropertyRegistry registry) throws Exception {
        Optional<Path> binary = OsmoCbc.locate();
        if (binary.isPresent() && cbc == null) {
            cbc = OsmoCbc.start(binary.get());
        }
        // Without a CBC the context still starts (on the ECBE simulator) and every test is skipped.
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:canhbao-cbc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        if (cbc != null) {
            registry.add(
                    "canhbao.channels.cbc.base-url", () -> cbc.ecbeBaseUrl().toString());
        }
    }

    @BeforeEach
    void connectTheWardsBsc() {
        assumeTrue(
                cbc != null,
                "no osmo-cbc binary: build one with ../shared/cbc/build.sh DIR and set " + OsmoCbc.VARIABLE
                        + "=DIR/osmo-cbc-0.4.0/src/osmo-cbc");
        if (bsc == null) {
            // The BSC serves Cao Minh's cells as the registry lists them (local mode's demo cells).
            bsc = new BscSimulator(cbc.cbsp(), caoMinhCells()).connect();
            assertThat(bsc.awaitLinkUp(WAIT)).as("OsmoCBC's RESET answered").isTrue();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (bsc != null) {
            bsc.close();
        }
        if (cbc != null) {
            cbc.close();
        }
    }

    @Test
    void aBulletinReachesTheWardsCellsInUcs2IsUpdatedAndKilled() throws Exception {
        TestBulletin bulletin = TestBulletin.forWard(CAO_MINH);
        String alertId = accept(bulletin).get("alertIds").get(0).asString();
        Alert alert = alert(alertId);
        int identifier = MessageIdentifier.of(alert).value();
        var first = new vn.canhbao.channels.simulator.cbsp.SerialNumber(
                2, serialOf(alert).messageCode(), 0);

        ReceivedBroadcast written = bsc.awaitBroadcast(identifier, first, WAIT).orElseThrow();

        String sent =
                alerts.message(alert.id(), Channel.CELL_BROADCAST).orElseThrow().body();
        BroadcastPages pages = BroadcastPages.of(written.dataCodingScheme(), written.userData());
        assertThat(pages.text()).isEqualTo(sent).startsWith("CẢNH BÁO LŨ QUÉT: ");
        assertThat(written.dataCodingScheme()).as("UCS-2").isEqualTo(0x48);
        assertThat(written.cells()).containsExactlyInAnyOrderElementsOf(caoMinhCells());
        JsonNode progress = awaitProgress(alertId, WAIT, p -> count(p, "CELL_BROADCAST", "handedOver") == 1);
        assertThat(count(progress, "CELL_BROADCAST", "dispatches")).isEqualTo(1);
        assertThat(progress.get("cells").get("broadcast").asInt())
                .isEqualTo(caoMinhCells().size());

        TestBulletin update = TestBulletin.forWard(CAO_MINH).msgType("Update").references(bulletin);
        String updateId = accept(update).get("alertIds").get(0).asString();
        var second = first.nextUpdate();

        ReceivedBroadcast updated = bsc.awaitBroadcast(identifier, second, WAIT).orElseThrow();

        assertThat(updated.serialNumber().updateNumber()).isEqualTo(1);
        assertThat(updated.serialNumber().messageCode()).isEqualTo(first.messageCode());
        assertThat(BroadcastPages.of(updated.dataCodingScheme(), updated.userData())
                        .text())
                .isEqualTo(alerts.message(alert(updateId).id(), Channel.CELL_BROADCAST)
                        .orElseThrow()
                        .body());
        assertThat(bsc.awaitKill(identifier, first, WAIT))
                .as("the first version made way")
                .isPresent();

        TestBulletin cancel = TestBulletin.forWard(CAO_MINH).msgType("Cancel").references(update);
        String cancelId = accept(cancel).get("alertIds").get(0).asString();

        assertThat(bsc.awaitKill(identifier, second, WAIT)).hasValueSatisfying(kill -> assertThat(kill.cells())
                .containsExactlyInAnyOrderElementsOf(caoMinhCells()));
        awaitProgress(cancelId, WAIT, p -> count(p, "CELL_BROADCAST", "handedOver") == 1);
        assertThat(bsc.active().keySet()).noneMatch(b -> b.messageId() == identifier);
    }

    private Alert alert(String id) {
        return alerts.find(new AlertId(UUID.fromString(id))).orElseThrow().alert();
    }

    private static vn.canhbao.core.broadcast.SerialNumber serialOf(Alert first) {
        return vn.canhbao.core.broadcast.SerialNumber.first(first.id());
    }

    private List<CellGlobalId> caoMinhCells() {
        return cells.ofWard(CAO_MINH).stream()
                .map(CellBroadcastThroughOsmoCbcTests::globalId)
                .toList();
    }

    private static CellGlobalId globalId(Cell c) {
        return new CellGlobalId(c.mcc(), c.mnc(), c.lac(), (int) c.cellId());
    }
}
