package vn.canhbao.gateway.officers;

import java.util.List;

/** What an administrator gives to add an officer: {@code POST /api/v1/officers}. */
public record NewOfficer(String username, String displayName, String password, List<Grant> roles) {}
