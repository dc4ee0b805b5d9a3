package vn.canhbao.channels.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * The WireMock server a simulator runs on: one catch-all stub whose every answer the simulator's extension writes, no
 * request journal (so it stays light over hundreds of thousands of requests), started and stopped on demand.
 */
final class WireMockHost {

    private final Extension api;
    private final int asynchronousResponseThreads;
    private final int containerThreads;
    private WireMockServer server;

    WireMockHost(Extension api, int asynchronousResponseThreads, int containerThreads) {
        this.api = api;
        this.asynchronousResponseThreads = asynchronousResponseThreads;
        this.containerThreads = containerThreads;
    }

    /** Starts on {@code port} (0 for a free one), listening on {@code bindAddress}. */
    synchronized void start(int port, String bindAddress) {
        if (server != null) {
            throw new IllegalStateException("already started on port " + port());
        }
        WireMockServer wireMock = new WireMockServer(options()
                .port(port)
                .bindAddress(bindAddress)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .gzipDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                // Delayed answers wait on a scheduler, not on a Jetty thread, so latency does not cap throughput.
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(asynchronousResponseThreads)
                .containerThreads(containerThreads)
                .notifier(new Slf4jNotifier(false))
                .extensions(api));
        wireMock.start();
        // One catch-all stub; the extension writes every answer.
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        this.server = wireMock;
    }

    int port() {
        return running().port();
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port());
    }

    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private synchronized WireMockServer running() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not running");
        }
        return server;
    }

    /**
     * Keeps a standalone simulator's {@code main} alive until the process is stopped: {@code stop} runs on shutdown,
     * and {@code banner} is printed once, as the one line a script waits for.
     */
    static void serveUntilStopped(Runnable stop, String banner) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }));
        System.out.println(banner);
        stopped.await();
    }
}
