package vn.canhbao.channels.simulator;

import java.net.URI;
import java.time.Duration;

/**
 * What every provider simulator shares: the WireMock host it runs on, starting and stopping, its port and base URL,
 * the faults it can be told to inject (latency, failure rate, rate limiting of the next requests), its request count
 * and reset. Each simulator adds its provider's own state and steering on top.
 *
 * @param <S> the simulator itself, so that the fluent calls here return it
 * @param <A> the provider's simulated API, which answers every request
 */
public abstract class ProviderSimulator<S extends ProviderSimulator<S, A>, A extends SimulatedApi>
        implements AutoCloseable {

    private final A api;
    private final WireMockHost host;

    /** Package-private: a simulator is one of this package's, with its provider's {@link SimulatedApi}. */
    ProviderSimulator(A api, int asynchronousResponseThreads, int containerThreads) {
        this.api = api;
        this.host = new WireMockHost(api, asynchronousResponseThreads, containerThreads);
    }

    /** Starts on a free port. */
    public S start() {
        return start(0);
    }

    /** Starts on {@code port} (0 for a free one), listening on the loopback interface. */
    public S start(int port) {
        return start(port, "127.0.0.1");
    }

    /** Starts on {@code port} (0 for a free one), listening on {@code bindAddress}. */
    public S start(int port, String bindAddress) {
        host.start(port, bindAddress);
        return self();
    }

    public int port() {
        return host.port();
    }

    /** The base URL to give an adapter, e.g. {@code http://localhost:8089}. */
    public URI baseUrl() {
        return host.baseUrl();
    }

    /** Delays every answer by this much (default none). */
    public S latency(Duration latency) {
        api.faults().latencyMillis(Math.toIntExact(latency.toMillis()));
        return self();
    }

    /**
     * Makes this fraction (0..1) of requests answer 500 or 503 (alternately) in the provider's error format, spread
     * evenly and the same on every run.
     */
    public S failureRate(double rate) {
        api.faults().failureRate(rate);
        return self();
    }

    /**
     * Answers the next {@code requests} requests 429 in the provider's error format, with {@code Retry-After} if
     * positive.
     */
    public S rateLimitNext(int requests, int retryAfterSeconds) {
        api.faults().rateLimitNext(requests, retryAfterSeconds);
        return self();
    }

    /** How many requests reached it, answered or failed (control calls not counted). */
    public long requestCount() {
        return api.requests();
    }

    /**
     * Forgets what it accepted and clears failure rate and rate limiting; latency stays (each simulator says what else
     * it forgets or keeps).
     */
    public void reset() {
        api.reset();
    }

    public void stop() {
        host.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The provider's simulated API, for the state and steering a simulator adds. */
    final A api() {
        return api;
    }

    /**
     * Runs this simulator from its {@code main} until the process is stopped, with the command line's latency and
     * failure rate, and prints one line with its URL followed by {@code detail}.
     */
    final void serveUntilStopped(SimulatorCommandLine arguments, String detail) throws InterruptedException {
        latency(Duration.ofMillis(arguments.latencyMillis())).failureRate(arguments.failureRate());
        start(arguments.port(), arguments.bindAddress());
        WireMockHost.serveUntilStopped(
                this::stop,
                getClass().getSimpleName() + " listening on http://" + arguments.bindAddress() + ":" + port() + " "
                        + detail);
    }

    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }
}
