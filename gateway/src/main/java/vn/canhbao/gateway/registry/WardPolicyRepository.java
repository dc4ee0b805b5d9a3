package vn.canhbao.gateway.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.message.SmsOverBudget;
import vn.canhbao.core.message.SmsPolicy;

/** The wards that use canhbao and their policies. A ward without a policy receives no alerts. */
@Repository
public class WardPolicyRepository {

    private final JdbcTemplate jdbc;

    WardPolicyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which SMS the ward sends, as the renderer takes it: the default for a ward without a policy. The pipeline and the
     * officer's preview both ask here, so the preview shows what is sent.
     */
    public SmsPolicy smsPolicy(String wardCode) {
        return find(wardCode).map(WardPolicy::smsPolicy).orElse(SmsPolicy.DEFAULT);
    }

    public Optional<WardPolicy> find(String wardCode) {
        return jdbc
                .query(
                        "select ward_code, auto_issue, sms_without_diacritics, two_person_approval, require_signed_bulletins,"
                                + " sms_over_budget"
                                + " from ward_policy"
                                + " where ward_code = ?",
                        WardPolicyRepository::map,
                        wardCode)
                .stream()
                .findFirst();
    }

    /** The policies of those of {@code wardCodes} that use canhbao. */
    public Map<String, WardPolicy> findAll(Collection<String> wardCodes) {
        if (wardCodes.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", wardCodes.stream().map(w -> "?").toList());
        List<WardPolicy> found = jdbc.query(
                "select ward_code, auto_issue, sms_without_diacritics, two_person_approval, require_signed_bulletins,"
                        + " sms_over_budget from ward_policy"
                        + " where ward_code in (" + marks
                        + ")",
                WardPolicyRepository::map,
                wardCodes.toArray());
        return found.stream().collect(Collectors.toMap(WardPolicy::wardCode, Function.identity()));
    }

    public void save(WardPolicy policy) {
        int updated = jdbc.update(
                "update ward_policy set auto_issue = ?, sms_without_diacritics = ?, two_person_approval = ?,"
                        + " require_signed_bulletins = ?, sms_over_budget = ? where ward_code = ?",
                policy.autoIssue(),
                policy.smsWithoutDiacritics(),
                policy.twoPersonApproval(),
                policy.requireSignedBulletins(),
                policy.smsOverBudget().name(),
                policy.wardCode());
        if (updated == 0) {
            jdbc.update(
                    "insert into ward_policy (ward_code, auto_issue, sms_without_diacritics, two_person_approval,"
                            + " require_signed_bulletins, sms_over_budget) values (?, ?, ?, ?, ?, ?)",
                    policy.wardCode(),
                    policy.autoIssue(),
                    policy.smsWithoutDiacritics(),
                    policy.twoPersonApproval(),
                    policy.requireSignedBulletins(),
                    policy.smsOverBudget().name());
        }
    }

    private static WardPolicy map(ResultSet rs, int row) throws SQLException {
        return new WardPolicy(
                rs.getString(1),
                rs.getBoolean(2),
                rs.getBoolean(3),
                rs.getBoolean(4),
                rs.getBoolean(5),
                SmsOverBudget.valueOf(rs.getString(6)));
    }
}
