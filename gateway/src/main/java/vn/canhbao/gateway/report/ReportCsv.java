package vn.canhbao.gateway.report;

import java.util.stream.Collectors;

/** The reports as CSV for a spreadsheet: one row per line of the report, quoted where needed, UTF-8 with a BOM. */
final class ReportCsv {

    /** Excel opens UTF-8 with Vietnamese correctly only when the file starts with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private ReportCsv() {}

    static String of(AlertReport r) {
        StringBuilder csv = new StringBuilder(BOM).append("section,at,what,who,detail\n");
        var a = r.stored().alert();
        row(
                csv,
                "alert",
                "",
                a.headline(),
                a.wardCode(),
                a.hazard().code() + " level "
                        + a.risk().map(l -> String.valueOf(l.number())).orElse("-") + " "
                        + a.status().capValue());
        r.timeline().forEach(t -> row(csv, "timeline", t.at().toString(), t.what(), t.who(), t.detail()));
        r.delivery()
                .byChannel()
                .forEach((channel, p) -> row(
                        csv,
                        "delivery",
                        "",
                        channel.name(),
                        p.dispatches() + " planned",
                        p.handedOver() + " handed over, " + p.pending() + " pending, " + p.failed() + " failed, "
                                + p.cancelled() + " cancelled"));
        r.groups()
                .forEach(g -> row(
                        csv,
                        "group",
                        g.confirmedAt() == null ? "" : g.confirmedAt().toString(),
                        g.groupName(),
                        g.stage().name(),
                        g.confirmedBy()));
        return csv.toString();
    }

    static String of(WardReport r) {
        StringBuilder csv = new StringBuilder(BOM).append("ward,from,to,measure,value\n");
        String prefix = cell(r.wardCode()) + "," + r.from() + "," + r.to() + ",";
        csv.append(prefix).append("alerts,").append(r.alerts()).append('\n');
        csv.append(prefix).append("exercises,").append(r.exercises()).append('\n');
        csv.append(prefix).append("cancels,").append(r.cancels()).append('\n');
        r.byHazard().forEach((h, n) -> csv.append(prefix)
                .append("hazard ")
                .append(h)
                .append(',')
                .append(n)
                .append('\n'));
        r.byRiskLevel().forEach((l, n) -> csv.append(prefix)
                .append("risk level ")
                .append(l)
                .append(',')
                .append(n)
                .append('\n'));
        csv.append(prefix).append("dispatches,").append(r.dispatches()).append('\n');
        csv.append(prefix).append("handed over,").append(r.handedOver()).append('\n');
        r.byChannel().forEach((channel, d) -> csv.append(prefix)
                .append("dispatches ")
                .append(channel)
                .append(',')
                .append(d.dispatches())
                .append('\n')
                .append(prefix)
                .append("handed over ")
                .append(channel)
                .append(',')
                .append(d.handedOver())
                .append('\n'));
        csv.append(prefix)
                .append("reach rate,")
                .append(r.reachRate() == null ? "" : r.reachRate())
                .append('\n');
        csv.append(prefix).append("groups watched,").append(r.groupsWatched()).append('\n');
        csv.append(prefix)
                .append("groups confirmed,")
                .append(r.groupsConfirmed())
                .append('\n');
        csv.append(prefix)
                .append("groups unreached,")
                .append(r.groupsUnreached())
                .append('\n');
        csv.append(prefix)
                .append("confirmation rate,")
                .append(r.confirmationRate() == null ? "" : r.confirmationRate())
                .append('\n');
        csv.append(prefix)
                .append("median seconds to confirm,")
                .append(r.medianSecondsToConfirm() == null ? "" : r.medianSecondsToConfirm())
                .append('\n');
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        csv.append(java.util.Arrays.stream(cells).map(ReportCsv::cell).collect(Collectors.joining(",")))
                .append('\n');
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
