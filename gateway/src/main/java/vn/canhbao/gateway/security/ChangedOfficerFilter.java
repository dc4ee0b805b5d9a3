package vn.canhbao.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session once an administrator has disabled its officer or changed their roles: a session keeps the
 * officer as they signed in, so without this a disabled officer would keep working until they sign out. The officer
 * signs in again (if still enabled) with the roles they hold now. The API needs no such check: every call signs in.
 */
final class ChangedOfficerFilter extends OncePerRequestFilter {

    private final OfficerRepository officers;

    ChangedOfficerFilter(OfficerRepository officers) {
        this.officers = officers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Optional<Officer> signedIn = WardAccess.officer(caller);
        if (signedIn.isPresent() && !unchanged(signedIn.get())) {
            new SecurityContextLogoutHandler().logout(request, response, caller);
            response.sendRedirect(request.getContextPath() + "/login?changed");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean unchanged(Officer signedIn) {
        try {
            Officer now = officers.loadUserByUsername(signedIn.username());
            return now.isEnabled() && Set.copyOf(now.grants()).equals(Set.copyOf(signedIn.grants()));
        } catch (UsernameNotFoundException gone) {
            return false;
        }
    }
}
