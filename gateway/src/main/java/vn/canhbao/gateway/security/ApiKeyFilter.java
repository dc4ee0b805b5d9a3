package vn.canhbao.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * Lets a request to {@code /api/**} through only with a known {@code X-Api-Key}; the key's holder is recorded on the
 * request (and becomes the bulletin's source). Anything else is answered 401 before a controller runs.
 */
public class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Api-Key";
    public static final String CLIENT_ATTRIBUTE = "canhbao.client";

    private final ApiKeys keys;
    private final JsonMapper json;

    public ApiKeyFilter(ApiKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        var holder = keys.holderOf(presented);
        if (holder.isEmpty()) {
            var problem = ApiProblems.problem(
                    HttpStatus.UNAUTHORIZED,
                    "Unauthorized",
                    presented == null
                            ? "Send your API key in the X-Api-Key header."
                            : "The X-Api-Key is not valid. Ask the canhbao operator for your system's key.",
                    List.of());
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType("application/problem+json");
            response.setHeader("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");
            response.getOutputStream().write(json.writeValueAsBytes(problem.getBody()));
            return;
        }
        request.setAttribute(CLIENT_ATTRIBUTE, holder.get());
        chain.doFilter(request, response);
    }
}
