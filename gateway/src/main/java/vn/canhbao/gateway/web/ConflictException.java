package vn.canhbao.gateway.web;

/** The request is valid but the state of what it names does not allow it now; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
