package vn.canhbao.gateway.security;

/** Contributes API keys that do not come from {@code canhbao.security.api-keys}, such as local mode's own key. */
public interface ApiKeySource {

    void contribute(ApiKeys keys);
}
