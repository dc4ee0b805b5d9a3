package vn.canhbao.gateway.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it and spreadsheets export it: quoted fields with commas, quotes and line breaks, a
 * UTF-8 byte-order mark, CRLF or LF. Each row keeps the line it starts on, for error reports a person can find.
 */
final class CsvRows {

    /** One row and the line of the file it starts on (1 is the header). */
    record Row(int line, List<String> cells) {}

    private CsvRows() {}

    static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addIfNotBlank(rows, rowStart, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addIfNotBlank(rows, rowStart, cells);
        }
        return rows;
    }

    private static void addIfNotBlank(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            rows.add(new Row(line, cells.stream().map(String::strip).toList()));
        }
    }
}
