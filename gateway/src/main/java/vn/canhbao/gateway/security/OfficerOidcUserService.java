package vn.canhbao.gateway.security;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps a person the OpenID Connect provider signed in to canhbao's officer of the same username (the claim named by
 * {@code canhbao.security.oidc-username-claim}, {@code preferred_username} by default). Someone the provider knows
 * but canhbao does not is refused: roles and wards are granted here, never taken from the provider's token.
 */
class OfficerOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final OfficerRepository officers;
    private final String usernameClaim;

    OfficerOidcUserService(
            OAuth2UserService<OidcUserRequest, OidcUser> provider, OfficerRepository officers, String usernameClaim) {
        this.provider = provider;
        this.officers = officers;
        this.usernameClaim = usernameClaim;
    }

    OfficerOidcUserService(OfficerRepository officers, String usernameClaim) {
        this(new OidcUserService(), officers, usernameClaim);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String username = user.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            throw refused("The sign-in carries no " + usernameClaim + " claim to find the officer by.");
        }
        try {
            Officer officer = officers.loadUserByUsername(username);
            if (!officer.isEnabled()) {
                throw refused("Officer " + username + " is disabled.");
            }
            return new OfficerOidcUser(user, officer, usernameClaim);
        } catch (UsernameNotFoundException e) {
            throw refused(username + " is not an officer of canhbao; an administrator must add them first.");
        }
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }
}
