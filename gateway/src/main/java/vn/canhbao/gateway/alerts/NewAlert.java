package vn.canhbao.gateway.alerts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an officer writes: {@code POST /api/v1/alerts}.
 *
 * @param wards the wards it is for (one draft each)
 * @param hazard a hazard code, e.g. {@code LU_QUET}
 * @param riskLevel 1 to 5 (Decision 18/2021)
 * @param status {@code ACTUAL} or {@code EXERCISE}
 * @param expires when it stops being in force; 24 hours after issue when absent
 */
public record NewAlert(
        List<String> wards,
        String hazard,
        Integer riskLevel,
        String headline,
        String instruction,
        String description,
        String status,
        OffsetDateTime expires) {}
