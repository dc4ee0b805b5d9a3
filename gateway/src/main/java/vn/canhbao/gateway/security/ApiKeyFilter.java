package vn.canhbao.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * Authenticates upstream systems by {@code X-Api-Key}: a known key signs the request in as that system (role
 * {@code SYSTEM}, and the key's holder becomes the source of what it posts); a wrong key is answered 401 at once;
 * without the header the request goes on to the other ways in (HTTP Basic for officers).
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    public static final String CLIENT_ATTRIBUTE = "canhbao.client";

    private final ApiKeys keys;
    private final JsonMapper json;

    ApiKeyFilter(ApiKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        var holder = keys.holderOf(presented);
        if (holder.isEmpty()) {
            ProblemResponses.write(
                    response,
                    json,
                    ApiProblems.problem(
                            HttpStatus.UNAUTHORIZED,
                            "Unauthorized",
                            "The X-Api-Key is not valid. Ask the canhbao operator for your system's key.",
                            List.of()));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                holder.get(), null, List.of(new SimpleGrantedAuthority(Role.SYSTEM.authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        request.setAttribute(CLIENT_ATTRIBUTE, holder.get());
        chain.doFilter(request, response);
    }
}
