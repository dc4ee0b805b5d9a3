package vn.canhbao.gateway.registry;

import java.util.List;

/**
 * What an import did or, in a dry run, would do: rows read, rows good, inserted and updated, and every bad row with
 * its line number and the reason.
 */
public record ImportReport(boolean dryRun, int rows, int valid, int inserted, int updated, List<RowError> errors) {

    /** A bad row: its line in the file (the header is line 1) and what is wrong with it. */
    public record RowError(int line, String reason) {}
}
