package vn.canhbao.gateway.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the province's OpenID Connect provider, known to canhbao as an officer: the provider
 * proves who they are, canhbao's own registry says what they may do and where.
 */
public class OfficerOidcUser extends DefaultOidcUser {

    private final Officer officer;

    OfficerOidcUser(OidcUser user, Officer officer, String usernameClaim) {
        super(officer.getAuthorities(), user.getIdToken(), user.getUserInfo(), usernameClaim);
        this.officer = officer;
    }

    public Officer officer() {
        return officer;
    }
}
