package vn.canhbao.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * A pooled, blocking HTTP client with our timeouts, speaking Zalo's two request shapes: JSON with an
 * {@code access_token} header (OA and ZNS sends) and a form with a {@code secret_key} header (the token endpoint). One
 * attempt per call: retries and redirects are off.
 *
 * <p>Apache HttpClient's classic API, run on the caller's thread, rather than the JDK's {@code HttpClient}, which hands
 * every request between its own worker threads several times: in a profile of a large fan-out its threads held more
 * of the gateway's samples than the Twilio SDK's SMS sends on this same Apache client (docs/performance.md, seventh
 * round, has the figures). Timeouts are
 * reported as the JDK's {@link HttpConnectTimeoutException} (nothing was sent) and {@link HttpTimeoutException} (no
 * answer in time), which the callers tell apart.
 */
final class ZaloHttp implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final CloseableHttpClient client;

    ZaloHttp(ZaloConfig config) {
        Timeout connectTimeout = Timeout.of(config.limits().connectTimeout());
        Timeout readTimeout = Timeout.of(config.limits().readTimeout());
        // The dispatcher keeps at most maxConcurrency sends in flight; one more connection for a token refresh.
        int perHost = config.limits().maxConcurrency() + 1;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(perHost)
                .setMaxConnTotal(3 * perHost) // the OA, ZNS and OAuth hosts
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(readTimeout)
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connectTimeout)
                        .setResponseTimeout(readTimeout)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    ZaloAnswer postJson(URI uri, String accessToken, JsonNode body) throws IOException, InterruptedException {
        HttpPost request = new HttpPost(uri);
        request.setHeader("access_token", accessToken);
        request.setEntity(new StringEntity(JSON.writeValueAsString(body), ContentType.APPLICATION_JSON));
        return send(request);
    }

    /** A read, such as the ZNS quota: {@code GET} with the {@code access_token} header. */
    ZaloAnswer get(URI uri, String accessToken) throws IOException, InterruptedException {
        HttpGet request = new HttpGet(uri);
        request.setHeader("access_token", accessToken);
        return send(request);
    }

    ZaloAnswer postForm(URI uri, Map<String, String> headers, Map<String, String> form)
            throws IOException, InterruptedException {
        List<NameValuePair> fields = new ArrayList<>(form.size());
        form.forEach((name, value) -> fields.add(new BasicNameValuePair(name, value)));
        HttpPost request = new HttpPost(uri);
        headers.forEach(request::setHeader);
        request.setEntity(new UrlEncodedFormEntity(fields, StandardCharsets.UTF_8));
        return send(request);
    }

    private ZaloAnswer send(HttpUriRequestBase request) throws IOException, InterruptedException {
        try {
            return client.execute(request, ZaloHttp::answer);
        } catch (ConnectTimeoutException | ConnectionRequestTimeoutException notSent) {
            throw (IOException)
                    new HttpConnectTimeoutException("could not connect to " + request.getAuthority() + " in time")
                            .initCause(notSent);
        } catch (SocketTimeoutException late) {
            throw (IOException)
                    new HttpTimeoutException("no answer from " + request.getAuthority() + " in time").initCause(late);
        } catch (IOException failed) {
            if (Thread.interrupted()) {
                throw (InterruptedException)
                        new InterruptedException("interrupted while waiting for Zalo").initCause(failed);
            }
            throw failed;
        }
    }

    private static ZaloAnswer answer(ClassicHttpResponse response) throws IOException, HttpException {
        String text = response.getEntity() == null
                ? null
                : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        JsonNode body;
        try {
            body = text == null || text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException notJson) {
            body = null;
        }
        Header retryAfter = response.getFirstHeader("Retry-After");
        return new ZaloAnswer(response.getCode(), body, retryAfter == null ? null : retryAfter.getValue());
    }

    /** Closes the client and, with it, its pooled connections. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /** Resolves {@code path} against a base URL that may itself carry a path prefix. */
    static URI resolve(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }
}
