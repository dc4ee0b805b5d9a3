package vn.canhbao.gateway;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house's rooms and the doors between them (#16): no package of {@code vn.canhbao} reaches back to one that
 * reaches it, and the layers' arrows point one way. From the top: the features people use and providers call
 * (confirmations, escalation, webhooks, subscription, verification, reports, the console, the feed, intake, local mode,
 * the providers' wiring, the officers' accounts); the pipeline that delivers; the records it delivers (alerts, the registry); the shared
 * infrastructure (messaging, the web edge, security, CAP signing); the providers' adapters; the domain.
 */
class ArchitectureTests {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.canhbao");

    @Test
    void noPackageReachesBackToOneThatReachesIt() {
        slices().matching("vn.canhbao.(*).(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void theLayersPointOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Features")
                .definedBy(
                        "..gateway.ack..",
                        "..gateway.escalation..",
                        "..gateway.webhooks..",
                        "..gateway.subscription..",
                        "..gateway.authenticity..",
                        "..gateway.report..",
                        "..gateway.console..",
                        "..gateway.feed..",
                        "..gateway.ingest..",
                        "..gateway.local..",
                        "..gateway.providers..",
                        "..gateway.officers..")
                .layer("Pipeline")
                .definedBy("..gateway.pipeline..")
                .layer("Records")
                .definedBy("..gateway.alerts..", "..gateway.registry..")
                .layer("Infrastructure")
                .definedBy("..gateway.messaging..", "..gateway.web..", "..gateway.security..", "..gateway.signing..")
                .layer("Adapters")
                .definedBy("vn.canhbao.channels..")
                .layer("Domain")
                .definedBy("vn.canhbao.core..")
                .whereLayer("Features")
                .mayOnlyBeAccessedByLayers("Features")
                .whereLayer("Pipeline")
                .mayOnlyBeAccessedByLayers("Features")
                .whereLayer("Records")
                .mayOnlyBeAccessedByLayers("Pipeline", "Features")
                .whereLayer("Infrastructure")
                .mayOnlyBeAccessedByLayers("Records", "Pipeline", "Features")
                .whereLayer("Adapters")
                .mayOnlyBeAccessedByLayers("Infrastructure", "Records", "Pipeline", "Features")
                .check(PRODUCT);
    }
}
