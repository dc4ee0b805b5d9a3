package vn.canhbao.gateway.registry;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Whom in its ward an alert may reach: everyone, or only the people of some neighbourhood groups and the loudspeaker
 * clusters that serve them; and, for an update or a cancel, only those the alerts it supersedes reached. The
 * repositories turn it into SQL, so that a ward is filtered where it is stored, never loaded to be filtered.
 *
 * @param groupIds the groups an officer limited the alert to; empty for the whole ward
 * @param reachedBy the alerts an update or a cancel supersedes; empty for a new alert, which is not bounded by any
 */
public record AudienceScope(String wardCode, List<UUID> groupIds, List<UUID> reachedBy) {

    /** The statuses of a dispatch that left for its recipient or is leaving: what "reached" means. */
    private static final String REACHED = "'SENDING', 'ACCEPTED', 'DELIVERED', 'UNDELIVERED'";

    public AudienceScope {
        groupIds = List.copyOf(groupIds);
        reachedBy = List.copyOf(reachedBy);
    }

    /**
     * The conditions on the rows of a table aliased {@code alias} (with {@code id}, {@code ward_code} and
     * {@code group_id}); their arguments are appended to {@code args}.
     */
    String where(String alias, List<Object> args) {
        StringBuilder sql = new StringBuilder(alias + ".ward_code = ?");
        args.add(wardCode);
        if (!groupIds.isEmpty()) {
            sql.append(" and ")
                    .append(alias)
                    .append(".group_id in (")
                    .append(marks(groupIds.size()))
                    .append(')');
            args.addAll(groupIds);
        }
        if (!reachedBy.isEmpty()) {
            sql.append(" and ").append(reached(alias + ".id", args));
        }
        return sql.toString();
    }

    /**
     * "The superseded alerts reached {@code id}" (a column or a {@code ?} whose argument is already in {@code args}).
     * One probe of the dispatch table's key (alert_id, recipient_id, channel) per row, rather than a set of everyone
     * the alerts reached.
     */
    String reached(String id, List<Object> args) {
        args.addAll(reachedBy);
        return "exists (select 1 from dispatch d where d.recipient_id = " + id + " and d.alert_id in ("
                + marks(reachedBy.size()) + ") and d.status in (" + REACHED + "))";
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
