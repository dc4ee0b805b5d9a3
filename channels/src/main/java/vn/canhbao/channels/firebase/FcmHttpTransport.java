package vn.canhbao.channels.firebase;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.util.StreamingContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The only HTTP transport the Firebase SDK gets (through {@code FirebaseOptions.setHttpTransport}), on the JDK's
 * {@link HttpClient} (HTTP/2 to FCM, pooled connections). It does three things the SDK does not offer:
 *
 * <ul>
 *   <li><b>One attempt per send.</b> The SDK retries a 503 up to four times, sleeping up to a minute between tries,
 *       and re-sends a 401 after refreshing its token; that retry cannot be configured
 *       (https://github.com/firebase/firebase-admin-java/issues/1075). Retry belongs to the dispatcher, so within a
 *       send the transport refuses a second request at once, without touching the network. To keep the SDK from
 *       sleeping before that second request, a 5xx reaches the SDK with a {@code Retry-After} beyond its one-minute
 *       cap, which is the SDK's own rule for "do not retry at all"; the real header is kept in the {@link FcmAnswer}.
 *   <li><b>The real answer.</b> The status and {@code Retry-After} of the attempt are kept for the calling thread
 *       (the SDK runs a synchronous send on the caller's thread, so a thread-local is exact under concurrency).
 *   <li><b>A base URL.</b> With one, every request goes there, keeping path and query (FCM's host is hard-coded in
 *       the SDK).
 * </ul>
 */
final class FcmHttpTransport extends HttpTransport implements AutoCloseable {

    /** Longer than the SDK's retry cap of 60 s (firebase-admin 9.x {@code ApiClientUtils.DEFAULT_RETRY_CONFIG}). */
    static final String SDK_DO_NOT_RETRY = Long.toString(Duration.ofDays(365).toSeconds());

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");

    private final HttpClient client;
    private final URI baseUrl;
    private final Duration readTimeout;
    private final ThreadLocal<Send> current = new ThreadLocal<>();

    FcmHttpTransport(FirebaseConfig config) {
        this.baseUrl = config.baseUrl();
        this.readTimeout = config.limits().readTimeout();
        boolean plainHttp = baseUrl != null && "http".equals(baseUrl.getScheme());
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.limits().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // No h2c upgrade dance with a plain-HTTP stand-in; FCM itself speaks HTTP/2 over TLS.
                .version(plainHttp ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .build();
    }

    /** Starts one send on this thread: from now on, one request goes out and a second is refused. */
    void begin() {
        current.set(new Send());
    }

    /** Ends this thread's send; returns FCM's answer to its attempt, or {@code null} if none came. */
    FcmAnswer finish() {
        Send send = current.get();
        current.remove();
        return send == null ? null : send.answer;
    }

    @Override
    public boolean supportsMethod(String method) {
        return true;
    }

    @Override
    protected LowLevelHttpRequest buildRequest(String method, String url) throws IOException {
        Send send = current.get();
        if (send != null && send.attempts++ > 0) {
            throw new RetryRefused();
        }
        return new Request(method, target(url), send);
    }

    private URI target(String url) {
        URI requested = URI.create(url);
        if (baseUrl == null) {
            return requested;
        }
        String base = baseUrl.toString().replaceAll("/+$", "");
        String query = requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery();
        return URI.create(base + requested.getRawPath() + query);
    }

    @Override
    public void shutdown() {
        close();
    }

    @Override
    public void close() {
        client.close();
    }

    /** The SDK tried a second request within one send; the dispatcher, not the SDK, decides on retries. */
    static final class RetryRefused extends IOException {
        RetryRefused() {
            super("a second attempt within one send was refused: the dispatcher retries, not the SDK");
        }
    }

    private static final class Send {
        int attempts;
        FcmAnswer answer;
    }

    private final class Request extends LowLevelHttpRequest {

        private final String method;
        private final Send send;
        private final HttpRequest.Builder builder;

        Request(String method, URI uri, Send send) {
            this.method = method;
            this.send = send;
            this.builder = HttpRequest.newBuilder(uri).timeout(readTimeout);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        }

        @Override
        public LowLevelHttpResponse execute() throws IOException {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
            StreamingContent content = getStreamingContent();
            if (content != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                content.writeTo(bytes);
                body = HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray());
                if (getContentType() != null) {
                    builder.setHeader("Content-Type", getContentType());
                }
                if (getContentEncoding() != null) {
                    builder.setHeader("Content-Encoding", getContentEncoding());
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(builder.method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for FCM");
            }
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            if (send != null) {
                send.answer = new FcmAnswer(response.statusCode(), retryAfter);
            }
            return new Response(response, send != null && response.statusCode() >= 500);
        }
    }

    private static final class Response extends LowLevelHttpResponse {

        private final HttpResponse<byte[]> response;
        private final List<String> names = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        Response(HttpResponse<byte[]> response, boolean keepSdkFromRetrying) {
            this.response = response;
            for (Map.Entry<String, List<String>> header :
                    response.headers().map().entrySet()) {
                String name = header.getKey();
                if (name.startsWith(":") || (keepSdkFromRetrying && name.equalsIgnoreCase("Retry-After"))) {
                    continue;
                }
                for (String value : header.getValue()) {
                    names.add(name);
                    values.add(value);
                }
            }
            if (keepSdkFromRetrying) {
                names.add("Retry-After");
                values.add(SDK_DO_NOT_RETRY);
            }
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(response.body());
        }

        @Override
        public String getContentEncoding() {
            return response.headers().firstValue("Content-Encoding").orElse(null);
        }

        @Override
        public long getContentLength() {
            return response.body().length;
        }

        @Override
        public String getContentType() {
            return response.headers().firstValue("Content-Type").orElse(null);
        }

        @Override
        public String getStatusLine() {
            return (response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2 " : "HTTP/1.1 ") + response.statusCode();
        }

        @Override
        public int getStatusCode() {
            return response.statusCode();
        }

        @Override
        public String getReasonPhrase() {
            return null;
        }

        @Override
        public int getHeaderCount() {
            return names.size();
        }

        @Override
        public String getHeaderName(int index) {
            return names.get(index);
        }

        @Override
        public String getHeaderValue(int index) {
            return values.get(index);
        }
    }
}
