package vn.canhbao.gateway.officers;

import java.time.Instant;
import java.util.List;

/** An officer as the API shows them: never their password or its hash. */
public record OfficerView(String username, String displayName, boolean enabled, List<Grant> roles, Instant createdAt) {

    public OfficerView {
        roles = List.copyOf(roles);
    }
}
