package vn.canhbao.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who operates canhbao, with the roles they hold and where. */
public record Officer(String username, String passwordHash, String displayName, boolean enabled, List<RoleGrant> grants)
        implements UserDetails {

    public Officer {
        grants = List.copyOf(grants);
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** Whether this person holds {@code role} (or ADMIN) for the ward. */
    public boolean holds(Role role, String wardCode, String provinceCode) {
        return grants.stream()
                .anyMatch(g -> (g.role() == role || g.role() == Role.ADMIN) && g.covers(wardCode, provinceCode));
    }

    /** Whether this person may see and act on the ward at all. */
    public boolean reaches(String wardCode, String provinceCode) {
        return grants.stream().anyMatch(g -> g.role() != Role.LEADER && g.covers(wardCode, provinceCode));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Set.copyOf(grants.stream()
                .map(g -> new SimpleGrantedAuthority(g.role().authority()))
                .toList());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
