package vn.canhbao.gateway.escalation;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each ward's escalation policy, or the defaults. */
@Repository
public class EscalationPolicies {

    private final JdbcTemplate jdbc;
    private final EscalationProperties defaults;

    EscalationPolicies(JdbcTemplate jdbc, EscalationProperties defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    public EscalationPolicy of(String wardCode) {
        return jdbc
                .query(
                        "select resend_after_seconds, call_after_seconds, unreached_after_seconds, all_leaders"
                                + " from escalation_policy where ward_code = ?",
                        (rs, i) -> new EscalationPolicy(
                                wardCode,
                                Duration.ofSeconds(rs.getInt(1)),
                                Duration.ofSeconds(rs.getInt(2)),
                                Duration.ofSeconds(rs.getInt(3)),
                                rs.getBoolean(4)),
                        wardCode)
                .stream()
                .findFirst()
                .orElseGet(() -> new EscalationPolicy(
                        wardCode,
                        defaults.resendAfter(),
                        defaults.callAfter(),
                        defaults.unreachedAfter(),
                        defaults.allLeaders()));
    }

    public void save(EscalationPolicy policy) {
        policy.validated();
        jdbc.update("delete from escalation_policy where ward_code = ?", policy.wardCode());
        jdbc.update(
                "insert into escalation_policy (ward_code, resend_after_seconds, call_after_seconds,"
                        + " unreached_after_seconds, all_leaders) values (?, ?, ?, ?, ?)",
                policy.wardCode(),
                (int) policy.resendAfter().toSeconds(),
                (int) policy.callAfter().toSeconds(),
                (int) policy.unreachedAfter().toSeconds(),
                policy.allLeaders());
    }
}
