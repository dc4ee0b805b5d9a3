package vn.canhbao.gateway.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.console.ConsoleSession;
import vn.canhbao.gateway.security.Officer;
import vn.canhbao.gateway.security.OfficerRepository;
import vn.canhbao.gateway.web.ConflictException;

/**
 * Passwords change only by their owner or an administrator, a disabled officer is shut out, and canhbao is never left
 * without an enabled administrator.
 */
class OfficerSafeguardsIntegrationTests extends OfficerApiTest {

    private static final String NEW_PASSWORD = "nước dâng do bão";

    @Autowired
    private OfficerAccounts accounts;

    @Autowired
    private OfficerRepository officers;

    @Test
    void anOfficerChangesTheirOwnPasswordAndNoOneElses() throws Exception {
        String username = unique("self");
        added(username, List.of(role("WARD_OFFICER", BACH_DANG, null)));

        HttpResponse<String> withoutCurrent = password(username, PASSWORD, username, null, NEW_PASSWORD);
        HttpResponse<String> wrongCurrent = password(username, PASSWORD, username, "không phải mật khẩu", "ngắn");
        HttpResponse<String> someoneElses = password(username, PASSWORD, "officer.caominh", null, NEW_PASSWORD);
        HttpResponse<String> changed = password(username, PASSWORD, username, PASSWORD, NEW_PASSWORD);

        assertThat(errorPaths(withoutCurrent)).containsExactly("currentPassword");
        assertThat(errorPaths(wrongCurrent)).containsExactly("password", "currentPassword");
        assertThat(someoneElses.statusCode()).as(someoneElses.body()).isEqualTo(403);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(signIn(username, PASSWORD)).isEqualTo(401);
        assertThat(signIn(username, NEW_PASSWORD)).isEqualTo(200);
        assertThat(asOfficer("officer.caominh", "GET", "/api/v1/alerts", null).statusCode())
                .as("officer.caominh's password is unchanged")
                .isEqualTo(200);

        HttpResponse<String> reset = password("admin", OFFICER_PASSWORD, username, null, PASSWORD);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        assertThat(signIn(username, PASSWORD)).isEqualTo(200);
        assertThat(password("admin", OFFICER_PASSWORD, "nobody.here", null, PASSWORD)
                        .statusCode())
                .isEqualTo(404);

        List<JsonNode> audit = auditOf(username).stream()
                .filter(e -> e.get("action").asString().equals("officer.password"))
                .toList();
        assertThat(audit.stream().map(e -> e.get("actor").asString())).containsExactly("admin", username);
        assertThat(audit)
                .allSatisfy(e -> assertThat(e.get("remoteAddr").asString()).isNotBlank());
        assertThat(auditOf(username).toString()).doesNotContain(PASSWORD, NEW_PASSWORD);
    }

    @Test
    void aDisabledOfficerCannotSignIn() throws Exception {
        String username = unique("leaving");
        added(username, List.of(role("PROVINCE_OFFICER", null, "01")));
        assertThat(signIn(username, PASSWORD)).isEqualTo(200);

        HttpResponse<String> disabled = change("admin", OFFICER_PASSWORD, username, Map.of("enabled", false));

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(json.readTree(disabled.body()).get("enabled").asBoolean()).isFalse();
        assertThat(signIn(username, PASSWORD)).isEqualTo(401);
        assertThat(auditOf(username))
                .anySatisfy(e -> {
                    assertThat(e.get("action").asString()).isEqualTo("login.failed");
                    assertThat(e.get("detail").asString()).isEqualTo("DisabledException");
                })
                .anySatisfy(e -> {
                    assertThat(e.get("action").asString()).isEqualTo("officer.changed");
                    assertThat(e.get("actor").asString()).isEqualTo("admin");
                    assertThat(e.get("detail").asString()).isEqualTo("enabled: false");
                });
        assertThat(change("admin", OFFICER_PASSWORD, username, Map.of("enabled", true))
                        .statusCode())
                .isEqualTo(200);
        assertThat(signIn(username, PASSWORD)).isEqualTo(200);
    }

    @Test
    void aConsoleSessionEndsOnceTheOfficerIsDisabledOrGivenOtherRoles() throws Exception {
        String username = unique("console");
        added(username, List.of(role("WARD_OFFICER", CAO_MINH, null)));
        ConsoleSession disabledLater = ConsoleSession.signIn(port, username, PASSWORD);
        assertThat(disabledLater.get("/console").statusCode()).isEqualTo(200);

        assertThat(change("admin", OFFICER_PASSWORD, username, Map.of("enabled", false))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> afterDisabled = disabledLater.get("/console");
        assertThat(change("admin", OFFICER_PASSWORD, username, Map.of("enabled", true))
                        .statusCode())
                .isEqualTo(200);
        ConsoleSession changedLater = ConsoleSession.signIn(port, username, PASSWORD);
        assertThat(change(
                                "admin",
                                OFFICER_PASSWORD,
                                username,
                                Map.of("roles", List.of(role("APPROVER", CAO_MINH, null))))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> afterNewRoles = changedLater.get("/console");

        assertThat(afterDisabled.statusCode()).isEqualTo(302);
        assertThat(afterDisabled.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?changed"));
        assertThat(disabledLater.get("/console").statusCode())
                .as("re-enabling does not bring the ended session back")
                .isEqualTo(302);
        assertThat(afterNewRoles.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?changed"));
        assertThat(ConsoleSession.signIn(port, username, PASSWORD)
                        .get("/console")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorDropTheirAdminRole() throws Exception {
        HttpResponse<String> disable = change("admin", OFFICER_PASSWORD, "admin", Map.of("enabled", false));
        HttpResponse<String> demote = change(
                "admin", OFFICER_PASSWORD, "admin", Map.of("roles", List.of(role("WARD_OFFICER", CAO_MINH, null))));

        assertThat(disable.statusCode()).as(disable.body()).isEqualTo(409);
        assertThat(json.readTree(disable.body()).get("detail").asString()).contains("disable yourself");
        assertThat(demote.statusCode()).as(demote.body()).isEqualTo(409);
        assertThat(json.readTree(demote.body()).get("detail").asString()).contains("ADMIN role from yourself");
        JsonNode admin = json.readTree(
                asOfficer("admin", "GET", "/api/v1/officers/admin", null).body());
        assertThat(admin.get("enabled").asBoolean()).isTrue();
        assertThat(admin.get("roles").valueStream().map(r -> r.get("role").asString()))
                .containsExactly("ADMIN");
    }

    @Test
    void twoAdministratorsDisablingEachOtherLeaveOneEnabled() throws Exception {
        String second = unique("admin");
        added(second, List.of(role("ADMIN", null, null)));
        // The second administrator's request was signed in before the first one's disabled them, and lands after.
        Officer signedInBeforeBeingDisabled = officers.loadUserByUsername(second);
        assertThat(change("admin", OFFICER_PASSWORD, second, Map.of("enabled", false))
                        .statusCode())
                .isEqualTo(200);

        assertThatThrownBy(() -> accounts.change(
                        "admin", new OfficerChange(null, false, null), signedInBeforeBeingDisabled, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("without an enabled administrator");
        assertThatThrownBy(() -> accounts.change(
                        "admin",
                        new OfficerChange(null, null, List.of(new Grant("APPROVER", CAO_MINH, null))),
                        signedInBeforeBeingDisabled,
                        null))
                .isInstanceOf(ConflictException.class);
        JsonNode admin = json.readTree(
                asOfficer("admin", "GET", "/api/v1/officers/admin", null).body());
        assertThat(admin.get("enabled").asBoolean()).isTrue();
        assertThat(admin.get("roles").get(0).get("role").asString()).isEqualTo("ADMIN");

        HttpResponse<String> demoted =
                change("admin", OFFICER_PASSWORD, second, Map.of("roles", List.of(role("APPROVER", CAO_MINH, null))));
        assertThat(demoted.statusCode())
                .as("another enabled administrator remains")
                .isEqualTo(200);
    }

    private HttpResponse<String> password(
            String caller, String callerPassword, String username, String current, String password) throws Exception {
        Map<String, String> body = current == null
                ? Map.of("password", password)
                : Map.of("currentPassword", current, "password", password);
        return asOfficer(
                caller,
                callerPassword,
                "POST",
                "/api/v1/officers/" + username + "/password",
                json.writeValueAsString(body));
    }

    private int signIn(String username, String password) throws Exception {
        return asOfficer(username, password, "GET", "/api/v1/alerts", null).statusCode();
    }
}
