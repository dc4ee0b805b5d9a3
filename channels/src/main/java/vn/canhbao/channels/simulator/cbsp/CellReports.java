package vn.canhbao.channels.simulator.cbsp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The per-cell lists a BSC reports to the CBC in its answers: failures and broadcasts completed. */
final class CellReports {

    private CellReports() {}

    /** Failure entries for the entries of {@code requested} that name none of {@code cells}. */
    static List<byte[]> notServed(CellList requested, List<CellGlobalId> cells) {
        if (requested.discriminator() == CellDiscriminator.ALL_IN_BSS) {
            return List.of();
        }
        byte[] encoded = requested.encode();
        List<byte[]> failures = new ArrayList<>();
        for (byte[] entry : CellList.entries(requested.discriminator(), encoded, 1, encoded.length)) {
            boolean served =
                    cells.stream().anyMatch(cell -> Arrays.equals(cell.identity(requested.discriminator()), entry));
            if (!served) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(requested.discriminator().code());
                out.writeBytes(entry);
                out.write(CbspCause.CELL_IDENTITY_NOT_VALID);
                failures.add(out.toByteArray());
            }
        }
        return failures;
    }

    /** A Failure List entry (TS 48.049 §8.2.11): discriminator, the cell, the cause. */
    static byte[] failure(CellGlobalId cell, int cause) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(CellDiscriminator.CGI.code());
        out.writeBytes(cell.identity(CellDiscriminator.CGI));
        out.write(cause);
        return out.toByteArray();
    }

    /**
     * A Number of Broadcasts Completed List (TS 48.049 §8.2.10): discriminator, then per cell its CGI, the count in
     * two octets and the Number of Broadcasts Completed Info octet, 0 here as the count is exact.
     */
    static byte[] completedList(Map<CellGlobalId, Integer> completed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(CellDiscriminator.CGI.code());
        completed.forEach((cell, count) -> {
            out.writeBytes(cell.identity(CellDiscriminator.CGI));
            out.write(count >> 8);
            out.write(count);
            out.write(0);
        });
        return out.toByteArray();
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
