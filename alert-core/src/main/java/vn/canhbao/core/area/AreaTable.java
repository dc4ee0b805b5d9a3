package vn.canhbao.core.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the tab-separated tables bundled beside this class, written by {@code scripts/area-data/convert.mjs}: a
 * header line, then one row per line, UTF-8, no quoting (the script refuses fields with tabs or line breaks).
 */
record AreaTable(String resource, List<List<String>> rows) {

    static AreaTable read(String resource, List<String> header) {
        InputStream in = AreaTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled area data missing from the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            if (first == null || !split(first).equals(header)) {
                throw new IllegalStateException(resource + " does not start with the header " + header);
            }
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> row = split(line);
                if (row.size() != header.size()) {
                    throw new IllegalStateException(
                            resource + " row " + (rows.size() + 1) + " has " + row.size() + " columns: " + line);
                }
                rows.add(row);
            }
            return new AreaTable(resource, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled area data " + resource, e);
        }
    }

    private static List<String> split(String line) {
        return List.of(line.split("\t", -1));
    }
}
