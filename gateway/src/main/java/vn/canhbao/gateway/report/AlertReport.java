package vn.canhbao.gateway.report;

import java.util.List;
import java.util.Map;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.escalation.GroupWatch;
import vn.canhbao.gateway.pipeline.ProgressReport;

/**
 * Everything an alert left for the ward's reports (sơ kết, tổng kết): its timeline, its delivery by channel and
 * status, and each neighbourhood group's outcome.
 *
 * @param groupsByStage how many groups ended confirmed, unreached, still waiting, …
 */
public record AlertReport(
        StoredAlert stored,
        List<TimelineEntry> timeline,
        ProgressReport delivery,
        List<GroupWatch> groups,
        Map<String, Long> groupsByStage) {}
