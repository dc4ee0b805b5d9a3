package vn.canhbao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * A province's OpenID Connect provider proves who signs in; canhbao's own registry says what they may do. Someone the
 * provider knows but canhbao does not is refused, and a signed-in officer is held to their wards like any other.
 */
class OidcSignInIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    OfficerRepository officers;

    @Autowired
    WardAccess access;

    @Test
    void aKnownOfficerSignsInWithTheirRolesFromCanhbao() {
        OidcUser user = service().loadUser(request("officer.caominh"));

        assertThat(user).isInstanceOf(OfficerOidcUser.class);
        assertThat(user.getName()).isEqualTo("officer.caominh");
        assertThat(AuthorityUtils.authorityListToSet(user.getAuthorities())).containsExactly("ROLE_WARD_OFFICER");
        var caller = new TestingAuthenticationToken(user, null, user.getAuthorities());
        assertThat(WardAccess.actor(caller)).isEqualTo("officer.caominh");
        assertThat(access.mayWrite(caller, CAO_MINH)).isTrue();
        assertThat(access.mayWrite(caller, BACH_DANG)).isFalse();
        assertThat(access.visibleWards(caller)).contains(java.util.List.of(CAO_MINH));
    }

    @Test
    void someoneCanhbaoDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> service().loadUser(request("stranger@tinh.gov.vn")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("is not an officer of canhbao");
    }

    @Test
    void aPrincipalThatIsNeitherOfficerNorSystemSeesNoWard() {
        var unknown = new TestingAuthenticationToken("someone", null, "ROLE_USER");

        assertThatThrownBy(() -> access.requireView(unknown, CAO_MINH))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private OfficerOidcUserService service() {
        return new OfficerOidcUserService(
                request -> new DefaultOidcUser(
                        AuthorityUtils.createAuthorityList("OIDC_USER"), request.getIdToken(), "preferred_username"),
                officers,
                "preferred_username");
    }

    private static OidcUserRequest request(String username) {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId("keycloak")
                .clientId("canhbao")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://sso.tinh.gov.vn/auth")
                .tokenUri("https://sso.tinh.gov.vn/token")
                .userNameAttributeName("preferred_username")
                .build();
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken(
                "id-token", now, now.plusSeconds(300), Map.of("sub", "42", "preferred_username", username));
        OAuth2AccessToken access =
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300));
        return new OidcUserRequest(keycloak, access, idToken);
    }
}
