package vn.canhbao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.canhbao.gateway.MigratedDatabase;

/**
 * A new production installation has no officer; {@code CANHBAO_ADMIN_USERNAME} and {@code CANHBAO_ADMIN_PASSWORD}
 * create the first administrator once, on the real schema.
 */
class FirstAdministratorTests {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private OfficerRepository officers;
    private AuditLog audit;

    @BeforeEach
    void freshDatabase() {
        DataSource db = MigratedDatabase.fresh();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        officers = new OfficerRepository(jdbc, passwords);
        audit = new AuditLog(jdbc);
    }

    @Test
    void createsTheAdministratorWhoCanThenSignIn() {
        new FirstAdministrator(officers, settings("chief", "correct horse battery"), audit);

        Officer chief = officers.loadUserByUsername("chief");
        assertThat(passwords.matches("correct horse battery", chief.getPassword()))
                .isTrue();
        assertThat(chief.grants()).containsExactly(new RoleGrant(Role.ADMIN, null, null));
        assertThat(audit.recent(Instant.EPOCH, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("officer.created");
            assertThat(entry.subject()).isEqualTo("chief");
        });
    }

    @Test
    void aRestartNeverResetsAPasswordChangedSince() {
        new FirstAdministrator(officers, settings("chief", "correct horse battery"), audit);
        officers.setPassword("chief", "changed by the chief later");

        new FirstAdministrator(officers, settings("chief", "correct horse battery"), audit);

        assertThat(passwords.matches(
                        "changed by the chief later",
                        officers.loadUserByUsername("chief").getPassword()))
                .isTrue();
        assertThat(audit.recent(Instant.EPOCH, 10)).hasSize(1);
    }

    @Test
    void aShortOrMissingPasswordStopsTheStartWithWhatToSet() {
        assertThatThrownBy(() -> new FirstAdministrator(officers, settings("chief", "short"), audit))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CANHBAO_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> new FirstAdministrator(officers, settings("chief", null), audit))
                .hasMessageContaining("CANHBAO_ADMIN_PASSWORD");
        assertThat(officers.exists("chief")).isFalse();
    }

    private static SecurityProperties settings(String username, String password) {
        return new SecurityProperties(null, null, null, null, null, "preferred_username", username, password);
    }
}
