package vn.canhbao.gateway.web;

/**
 * The request is valid but the state of what it names does not allow it now; answered with 409. The code names the
 * reason, so the console can say it in the officer's language; the message says it in English for the API.
 */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String message) {
        this("conflict", message);
    }

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The reason, e.g. {@code two-person}; the console's words for it are {@code error.<code>}. */
    public String code() {
        return code;
    }
}
