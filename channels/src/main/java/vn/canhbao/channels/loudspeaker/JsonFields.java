package vn.canhbao.channels.loudspeaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes JSON fields by the dotted names of a {@link LoudspeakerFieldMapping} ({@code "data.id"} is the
 * field {@code id} inside the object {@code data}), so a vendor that nests its fields needs configuration, not code.
 */
final class JsonFields {

    static final ObjectMapper JSON = new ObjectMapper();

    private JsonFields() {}

    /** The object that holds the last name of {@code path}, creating the objects on the way. */
    static ObjectNode objectFor(ObjectNode root, String path) {
        ObjectNode node = root;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = node.get(names[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(names[i]);
        }
        return node;
    }

    static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The node at {@code path}, or {@code null} when any part is missing or the path is blank. */
    static JsonNode at(JsonNode root, String path) {
        if (root == null || path == null || path.isBlank()) {
            return null;
        }
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            node = node.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    /** The text (or number, as text) at {@code path}, or {@code null}. */
    static String text(JsonNode root, String path) {
        JsonNode node = at(root, path);
        if (node == null || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }

    /** The JSON tree of {@code body}, or {@code null} when it is empty or not JSON. */
    static JsonNode parseOrNull(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            return null;
        }
    }
}
