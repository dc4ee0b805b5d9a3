package vn.canhbao.gateway.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.gateway.web.ApiProblems;

/** Security's refusals as {@code application/problem+json}, like every other error of the API. */
final class ProblemResponses {

    private ProblemResponses() {}

    static void write(HttpServletResponse response, JsonMapper json, ResponseEntity<ProblemDetail> problem)
            throws IOException {
        response.setStatus(problem.getStatusCode().value());
        response.setContentType("application/problem+json");
        if (problem.getStatusCode().value() == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"canhbao\", ApiKey header=\"X-Api-Key\"");
        }
        response.getOutputStream().write(json.writeValueAsBytes(problem.getBody()));
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, e) -> write(
                response,
                json,
                ApiProblems.problem(
                        HttpStatus.UNAUTHORIZED,
                        "Unauthorized",
                        "Send your system's API key in the X-Api-Key header, or log in as an officer (HTTP Basic).",
                        List.of()));
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> write(
                response,
                json,
                ApiProblems.problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.", List.of()));
    }
}
