package vn.canhbao.gateway.web;

import java.util.List;
import vn.canhbao.core.cap.CapProblem;

/** The request is malformed; answered with 400 listing every field to fix as {@code {path, message}}. */
public class BadRequestException extends RuntimeException {

    private final transient List<CapProblem> errors;

    public BadRequestException(List<CapProblem> errors) {
        super(errors.size() == 1 ? errors.getFirst().message() : errors.size() + " fields need fixing.");
        this.errors = List.copyOf(errors);
    }

    public List<CapProblem> errors() {
        return errors;
    }
}
