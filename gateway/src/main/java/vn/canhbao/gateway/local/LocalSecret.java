package vn.canhbao.gateway.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** A secret of local mode (the API key, the officers' password): generated on the first start, kept in a file. */
final class LocalSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecret() {}

    /** The secret in {@code file}; a new one of {@code length} characters from {@code alphabet} when there is none. */
    static String kept(Path file, String alphabet, int length) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            StringBuilder generated = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                generated.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            return generated.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a local secret in " + file.toAbsolutePath(), e);
        }
    }
}
