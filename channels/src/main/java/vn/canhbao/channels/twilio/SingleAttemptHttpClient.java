package vn.canhbao.channels.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's own {@link NetworkHttpClient}, wrapped to do three things the SDK does not offer:
 *
 * <ul>
 *   <li>One attempt per send. The SDK's {@link HttpClient#reliableRequest} sleeps and retries every 5xx up to three
 *       times; retry belongs to the dispatcher, so {@link #shouldRetry} says no.
 *   <li>It remembers the last answer's status and {@code Retry-After} for the calling thread. The SDK's
 *       {@code ApiException} carries neither reliably, and the SDK runs {@link #makeRequest} on the caller's thread,
 *       so a thread-local is exact even with many concurrent sends.
 *   <li>It applies our timeouts and pool size, and with a base URL sends every connection there (the route-planner
 *       technique: the SDK still builds path, form body, Basic auth and user agent).
 * </ul>
 */
final class SingleAttemptHttpClient extends HttpClient implements AutoCloseable {

    private final NetworkHttpClient delegate;
    private final PoolingHttpClientConnectionManager connections;
    private final ThreadLocal<TwilioAnswer> lastAnswer = new ThreadLocal<>();

    SingleAttemptHttpClient(TwilioConfig config) {
        Timeout connectTimeout = Timeout.of(config.limits().connectTimeout());
        Timeout readTimeout = Timeout.of(config.limits().readTimeout());
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(config.limits().maxConcurrency())
                .setMaxConnPerRoute(config.limits().maxConcurrency())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(readTimeout)
                        .build())
                .build();
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectionRequestTimeout(connectTimeout)
                .setConnectTimeout(connectTimeout)
                .setResponseTimeout(readTimeout)
                .build();
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                // NetworkHttpClient puts its own RequestConfig (30.5 s connect timeout) on every request; the
                // request interceptors run before the connection is leased and opened, so ours replaces it.
                .addRequestInterceptorFirst((request, entity, context) ->
                        HttpClientContext.castOrCreate(context).setRequestConfig(timeouts));
        URI baseUrl = config.baseUrl();
        if (baseUrl != null) {
            boolean secure = "https".equals(baseUrl.getScheme());
            int port = baseUrl.getPort() > 0 ? baseUrl.getPort() : (secure ? 443 : 80);
            HttpHost target = new HttpHost(baseUrl.getScheme(), baseUrl.getHost(), port);
            builder.setRoutePlanner((host, context) -> new HttpRoute(target, null, secure));
        }
        this.delegate = new NetworkHttpClient(builder);
    }

    @Override
    public Response makeRequest(Request request) {
        lastAnswer.remove();
        Response response = delegate.makeRequest(request);
        lastAnswer.set(new TwilioAnswer(response.getStatusCode(), header(response, "Retry-After")));
        return response;
    }

    @Override
    protected boolean shouldRetry(Response response, int[] retryCodes) {
        return false;
    }

    /** The answer to this thread's last request, or {@code null} if none came; forgets it. */
    TwilioAnswer takeLastAnswer() {
        TwilioAnswer answer = lastAnswer.get();
        lastAnswer.remove();
        return answer;
    }

    @Override
    public void close() {
        connections.close();
    }

    private static String header(Response response, String name) {
        Header[] headers = response.getHeaders();
        if (headers == null) {
            return null;
        }
        for (Header header : headers) {
            if (name.equalsIgnoreCase(header.getName())) {
                return header.getValue();
            }
        }
        return null;
    }
}
