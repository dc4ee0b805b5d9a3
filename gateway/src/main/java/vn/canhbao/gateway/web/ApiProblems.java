package vn.canhbao.gateway.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.core.cap.CapRejectedException;
import vn.canhbao.core.cap.CapTooLargeException;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457), with an {@code errors} array of
 * {@code {path, message}} where there is more than one thing to fix.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems {

    /** Builds a problem response; also used by filters that answer before a controller runs. */
    public static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail, List<CapProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("https://canhbao.vn/problems/" + status.value()));
        if (!errors.isEmpty()) {
            body.setProperty(
                    "errors",
                    errors.stream()
                            .map(e -> Map.of("path", e.path(), "message", e.message()))
                            .toList());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(CapTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(CapTooLargeException e) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Bulletin too large",
                "A CAP message may be at most 1 MiB (1,048,576 bytes). Move large content to a <resource> with a <uri>.",
                e.problems());
    }

    @ExceptionHandler(CapRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(CapRejectedException e) {
        int n = e.problems().size();
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid CAP bulletin",
                n == 1
                        ? "The bulletin has 1 problem; nothing was stored."
                        : "The bulletin has " + n + " problems; nothing was stored.",
                e.problems());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badArgument(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Bad request",
                "'" + e.getValue() + "' is not a valid " + e.getName() + ".",
                List.of());
    }
}
