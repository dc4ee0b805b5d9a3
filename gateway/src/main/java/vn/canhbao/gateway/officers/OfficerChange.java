package vn.canhbao.gateway.officers;

import java.util.List;

/**
 * What an administrator changes of an officer: {@code PUT /api/v1/officers/{username}}. An absent field keeps its
 * value; {@code roles}, when given, replaces every role the officer holds.
 */
public record OfficerChange(String displayName, Boolean enabled, List<Grant> roles) {

    boolean touchesAdministrators() {
        return enabled != null || roles != null;
    }
}
