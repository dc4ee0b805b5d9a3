package vn.canhbao.core.cap;

import java.util.Objects;

/**
 * One thing wrong with a CAP message.
 *
 * @param path where it is, as an XPath-like location with 1-based indices for repeated elements, e.g.
 *     {@code /alert/info[1]/area[2]/polygon[1]}; {@code /} when the document as a whole is unusable
 * @param message a full sentence saying what is wrong and how to fix it, for the person who sent the message
 */
public record CapProblem(String path, String message) {

    public CapProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
