package vn.canhbao.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The API keys of upstream systems, by the name of the system that holds each. Keys are compared in constant time. */
public class ApiKeys {

    /** Keys shorter than this are refused at start-up: they could be guessed. */
    static final int MIN_LENGTH = 24;

    private final Map<String, byte[]> keysByName = new LinkedHashMap<>();

    /** Adds a key; a short or duplicate one is a configuration error. */
    public void add(String name, String key) {
        if (name == null || name.isBlank() || key == null || key.length() < MIN_LENGTH) {
            throw new IllegalStateException("API key '" + name + "' must have a name and at least " + MIN_LENGTH
                    + " characters; generate one with: openssl rand -hex 24");
        }
        if (keysByName.putIfAbsent(name, key.getBytes(StandardCharsets.UTF_8)) != null) {
            throw new IllegalStateException("API key name '" + name + "' is given twice");
        }
    }

    /** Parses {@code name:key,name:key}. */
    public static ApiKeys parse(String spec) {
        ApiKeys keys = new ApiKeys();
        if (spec == null || spec.isBlank()) {
            return keys;
        }
        for (String entry : spec.split(",")) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("CANHBAO_API_KEYS entries are name:key; one is not: it has no name");
            }
            keys.add(
                    entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return keys;
    }

    /** The name of the system holding {@code presented}, if it is a known key. */
    public Optional<String> holderOf(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        String holder = null;
        for (Map.Entry<String, byte[]> e : keysByName.entrySet()) {
            if (MessageDigest.isEqual(e.getValue(), given)) {
                holder = e.getKey();
            }
        }
        return Optional.ofNullable(holder);
    }
}
