package vn.canhbao.channels.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the simulator's delivery reports as eSMS does (https://developers.esms.vn/en/esms-api/callback-url): an HTTP
 * GET to the message's {@code CallbackUrl} with the report's fields added to its query, unsigned. One try: the
 * simulator is not testing our patience (eSMS retries five times).
 */
final class EsmsReportSender implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final AtomicLong sent = new AtomicLong();

    /** Reports now and waits for the answer; its HTTP status, or 0 when none came. */
    int send(EsmsSendApi.Sent message, int sendStatus, boolean delivered) {
        try {
            int status = http.send(request(message, sendStatus, delivered), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            sent.incrementAndGet();
            return status;
        } catch (IOException unreachable) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Reports without waiting, as eSMS does once the carrier answers. */
    void sendLater(EsmsSendApi.Sent message, int sendStatus, boolean delivered) {
        http.sendAsync(request(message, sendStatus, delivered), HttpResponse.BodyHandlers.discarding())
                .whenComplete((answer, failure) -> {
                    if (failure == null) {
                        sent.incrementAndGet();
                    }
                });
    }

    long sent() {
        return sent.get();
    }

    private static HttpRequest request(EsmsSendApi.Sent message, int sendStatus, boolean delivered) {
        Map<String, String> report = new LinkedHashMap<>();
        report.put("SMSID", message.smsId());
        report.put("SendFailed", delivered ? "0" : "1");
        report.put("SendStatus", Integer.toString(sendStatus));
        report.put("SendSuccess", delivered ? "1" : "0");
        report.put("TotalPrice", "0.0000");
        report.put("TotalReceiver", "1");
        report.put("TotalSent", "1");
        report.put("RequestId", message.requestId() == null ? "" : message.requestId());
        report.put("TypeId", "2");
        report.put("telcoid", "1");
        report.put("phonenumber", message.phone());
        StringBuilder url = new StringBuilder(message.callbackUrl());
        char separator = message.callbackUrl().contains("?") ? '&' : '?';
        for (Map.Entry<String, String> field : report.entrySet()) {
            url.append(separator)
                    .append(field.getKey())
                    .append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return HttpRequest.newBuilder(URI.create(url.toString()))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
