package vn.canhbao.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pieces of a provider's webhook request that signatures cover. */
public final class FormBody {

    private FormBody() {}

    /** The parameters of an {@code application/x-www-form-urlencoded} body (not those of the query string). */
    public static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(name, value);
        }
        return form;
    }

    /** The URL the provider called: the public base URL when configured, with the request's path and query. */
    public static String calledUrl(HttpServletRequest request, WebhookProperties properties) {
        String base = properties.publicBaseUrl() != null
                ? properties.publicBaseUrl().toString().replaceAll("/$", "")
                : request.getScheme() + "://" + request.getHeader("Host");
        String query = request.getQueryString();
        return base + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
