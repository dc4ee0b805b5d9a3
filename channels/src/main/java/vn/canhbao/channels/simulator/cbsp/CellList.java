package vn.canhbao.channels.simulator.cbsp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The value of a CBSP Cell List (3GPP TS 48.049 §8.2.6): a discriminator octet, then one entry per cell in the form it
 * names. The entries stay as octets so that a list in any form can be matched against a BSC's cells.
 */
public final class CellList {

    private final CellDiscriminator discriminator;
    private final List<byte[]> entries;

    private CellList(CellDiscriminator discriminator, List<byte[]> entries) {
        this.discriminator = discriminator;
        this.entries = entries.stream().map(byte[]::clone).toList();
    }

    /** The list that means every cell of the BSC. */
    public static CellList allInBss() {
        return new CellList(CellDiscriminator.ALL_IN_BSS, List.of());
    }

    /** These cells by their Cell Global Identity. */
    public static CellList of(List<CellGlobalId> cells) {
        return new CellList(
                CellDiscriminator.CGI,
                cells.stream().map(cell -> cell.identity(CellDiscriminator.CGI)).toList());
    }

    /** Reads a Cell List value (without identifier and length). */
    public static CellList decode(byte[] value) {
        if (value.length < 1) {
            throw new IllegalArgumentException("a cell list has at least its discriminator");
        }
        CellDiscriminator discriminator = CellDiscriminator.of(value[0]);
        return new CellList(discriminator, entries(discriminator, value, 1, value.length));
    }

    /** Splits {@code octets[from, to)} into entries of the discriminator's length. */
    static List<byte[]> entries(CellDiscriminator discriminator, byte[] octets, int from, int to) {
        int size = discriminator.entryLength();
        if (size == 0 ? to != from : (to - from) % size != 0) {
            throw new IllegalArgumentException("cell list of " + discriminator + " has " + (to - from) + " octets");
        }
        List<byte[]> entries = new ArrayList<>();
        for (int at = from; at < to; at += size) {
            entries.add(Arrays.copyOfRange(octets, at, at + size));
        }
        return entries;
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(discriminator.code());
        entries.forEach(out::writeBytes);
        return out.toByteArray();
    }

    public CellDiscriminator discriminator() {
        return discriminator;
    }

    /** Whether this list names {@code cell}, by its CGI, LAI, LAC, CI or as one of the whole BSS. */
    public boolean covers(CellGlobalId cell) {
        if (discriminator == CellDiscriminator.ALL_IN_BSS) {
            return true;
        }
        byte[] identity = cell.identity(discriminator);
        return entries.stream().anyMatch(entry -> Arrays.equals(entry, identity));
    }

    /** The cells of a CGI list; other forms do not name whole cells and are refused. */
    public List<CellGlobalId> cells() {
        if (discriminator != CellDiscriminator.CGI) {
            throw new IllegalStateException("a " + discriminator + " list has no Cell Global Identities");
        }
        return entries.stream().map(entry -> CellGlobalId.fromCgi(entry, 0)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CellList list && Arrays.equals(encode(), list.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return discriminator == CellDiscriminator.CGI
                ? cells().toString()
                : discriminator + " "
                        + entries.stream().map(HexFormat.of()::formatHex).toList();
    }
}
