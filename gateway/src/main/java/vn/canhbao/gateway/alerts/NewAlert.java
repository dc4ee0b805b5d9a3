package vn.canhbao.gateway.alerts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What an officer writes: {@code POST /api/v1/alerts}.
 *
 * @param wards the wards it is for (one draft each)
 * @param hazard a hazard code, e.g. {@code LU_QUET}
 * @param riskLevel 1 to 5 (Decision 18/2021)
 * @param status {@code ACTUAL} or {@code EXERCISE}
 * @param expires when it stops being in force; 24 hours after issue when absent
 * @param groups the neighbourhood groups it is limited to (ids from {@code GET /api/v1/wards/{ward}/groups}); absent
 *     or empty for the whole ward. Only with a single ward.
 */
public record NewAlert(
        List<String> wards,
        String hazard,
        Integer riskLevel,
        String headline,
        String instruction,
        String description,
        String status,
        OffsetDateTime expires,
        List<UUID> groups) {

    public NewAlert {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
