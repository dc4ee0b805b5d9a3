package vn.canhbao.gateway.authenticity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/verify/{code}}: public, no authentication. 200 with the alert for the code of an issued alert; 404
 * ({@code genuine: false}) for any other code; 429 with {@code Retry-After} past the per-address limit.
 */
@RestController
class VerifyController {

    private final CodeChecks checks;

    VerifyController(CodeChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/api/v1/verify/{code}")
    ResponseEntity<?> verify(@PathVariable String code, HttpServletRequest request) {
        return switch (checks.check(code, request.getRemoteAddr())) {
            case CodeChecks.Outcome.Genuine g ->
                ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(g.alert());
            case CodeChecks.Outcome.Unknown u ->
                problem(
                        HttpStatus.NOT_FOUND,
                        "Not a canhbao alert code",
                        "No warning issued by canhbao has the code '" + u.code()
                                + "'. The message that carries it may be fake: do not act on it or pass it on, and ask"
                                + " the ward's People's Committee.",
                        null);
            case CodeChecks.Outcome.Limited l ->
                problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many checks",
                        "This address has checked too many codes in the last minute: try again in "
                                + l.retryAfterSeconds() + " seconds.",
                        l.retryAfterSeconds());
        };
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail, Long retryAfter) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("https://canhbao.vn/problems/" + status.value()));
        if (status == HttpStatus.NOT_FOUND) {
            body.setProperty("genuine", false);
        }
        ResponseEntity.BodyBuilder response =
                ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        }
        return response.body(body);
    }
}
