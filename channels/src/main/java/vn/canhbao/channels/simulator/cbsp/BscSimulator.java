package vn.canhbao.channels.simulator.cbsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A BSC for tests, local mode and demos: it connects to a CBC's CBSP port over TCP (3GPP TS 48.049 §5.2; the CBC
 * listens, the BSC is the client), announces itself with a RESTART, and answers the CBC with a {@link SimulatedBsc}
 * for its cells: RESET, WRITE-REPLACE, KILL, KEEP-ALIVE and MESSAGE STATUS QUERY. What it received can be read back
 * to decode the pages, and awaited.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.cbsp.BscSimulator --cbc 127.0.0.1:48049 --cells
 * 452-04-1000-401,452-04-1000-402 [--http-port 8095] [--answer-delay-ms 100]}; it reconnects when the CBC goes away, prints what it
 * receives and, with {@code --http-port}, serves it as JSON under {@code /simulator/} ({@link BscSimulatorReadout}).
 */
public final class BscSimulator implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);

    /**
     * How long it takes to answer, by default. A BSC needs a moment to schedule a message on its cells, and OsmoCBC
     * 0.4.0 depends on it: its REST thread starts waiting for the BSC's answer only after handing the request to its
     * main thread, and an answer that completes the request before then is lost (rest_it_op.c), so the POST or
     * DELETE never returns.
     */
    public static final Duration DEFAULT_ANSWER_DELAY = Duration.ofMillis(100);

    private final InetSocketAddress cbc;
    private final SimulatedBsc bsc;
    private final Object sending = new Object();
    private volatile Socket socket;
    private volatile OutputStream out;
    private volatile Thread reader;
    private volatile Runnable onReceive = () -> {};
    private volatile int undecodable;
    private volatile Duration answerDelay = DEFAULT_ANSWER_DELAY;
    private volatile boolean resetAnswered;

    public BscSimulator(InetSocketAddress cbc, List<CellGlobalId> cells) {
        this(cbc, cells, InstantSource.system());
    }

    public BscSimulator(InetSocketAddress cbc, List<CellGlobalId> cells, InstantSource clock) {
        this.cbc = cbc;
        this.bsc = new SimulatedBsc(cells, clock);
    }

    /**
     * A CBC's CBSP address written {@code host:port}, e.g. {@code 127.0.0.1:48049}.
     *
     * @throws IllegalArgumentException when it is not
     */
    public static InetSocketAddress cbcAddress(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try {
            if (colon > 0) {
                return new InetSocketAddress(
                        hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
            }
        } catch (IllegalArgumentException notAPort) {
            // said below
        }
        throw new IllegalArgumentException("a CBC's CBSP address is host:port, e.g. 127.0.0.1:48049, was " + hostPort);
    }

    /** Opens the CBSP link, sends RESTART and starts answering. A link that is already up is left as it is. */
    public synchronized BscSimulator connect() {
        if (connected()) {
            return this;
        }
        try {
            Socket opened = new Socket();
            opened.setTcpNoDelay(true);
            opened.connect(cbc, 5_000);
            socket = opened;
            out = opened.getOutputStream();
            resetAnswered = false;
            InputStream in = opened.getInputStream();
            send(bsc.restart());
            reader = Thread.ofPlatform()
                    .daemon()
                    .name("bsc-simulator-" + opened.getLocalPort())
                    .start(() -> answer(opened, in));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the CBC's CBSP port at " + cbc, e);
        }
    }

    /** Whether the link to the CBC is up. */
    public boolean connected() {
        Socket current = socket;
        Thread thread = reader;
        return current != null && !current.isClosed() && thread != null && thread.isAlive();
    }

    /** Waits until the CBC's RESET since the last connect was answered: the CBC counts this BSC as a peer then. */
    public boolean awaitLinkUp(Duration timeout) {
        return await(() -> resetAnswered ? Boolean.TRUE : null, timeout).isPresent();
    }

    /** Waits for a WRITE-REPLACE that wrote this message identifier and serial number. */
    public Optional<ReceivedBroadcast> awaitBroadcast(int messageId, SerialNumber serialNumber, Duration timeout) {
        return await(
                () -> bsc.broadcasts().stream()
                        .filter(b ->
                                b.messageId() == messageId && b.serialNumber().equals(serialNumber))
                        .findFirst()
                        .orElse(null),
                timeout);
    }

    /** Waits for a KILL of this message identifier and serial number. */
    public Optional<ReceivedKill> awaitKill(int messageId, SerialNumber serialNumber, Duration timeout) {
        return await(
                () -> bsc.kills().stream()
                        .filter(k ->
                                k.messageId() == messageId && k.serialNumber().equals(serialNumber))
                        .findFirst()
                        .orElse(null),
                timeout);
    }

    public List<CellGlobalId> cells() {
        return bsc.cells();
    }

    /** Every message it wrote, in the order the WRITE-REPLACEs came. */
    public List<ReceivedBroadcast> broadcasts() {
        return bsc.broadcasts();
    }

    /** The messages it broadcasts now, with their cells. */
    public Map<ReceivedBroadcast, List<CellGlobalId>> active() {
        return bsc.active();
    }

    public List<ReceivedKill> kills() {
        return bsc.kills();
    }

    public int resets() {
        return bsc.resets();
    }

    public int keepAlives() {
        return bsc.keepAlives();
    }

    /** How many messages from the CBC it could not read (and answered with nothing). */
    public int undecodable() {
        return undecodable;
    }

    /** Waits this long before answering each message from the CBC ({@link #DEFAULT_ANSWER_DELAY} unless told). */
    public BscSimulator answerDelay(Duration delay) {
        this.answerDelay = delay;
        return this;
    }

    /** Runs {@code listener} after every message it handled, on the link's thread. */
    public BscSimulator onReceive(Runnable listener) {
        this.onReceive = listener;
        return this;
    }

    @Override
    public synchronized void close() {
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        Thread thread = reader;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void answer(Socket opened, InputStream in) {
        try (opened) {
            byte[] frame;
            while ((frame = CbspCodec.readFrame(in)) != null) {
                CbspMessage request;
                List<CbspMessage> answers;
                try {
                    request = CbspCodec.decode(frame);
                    answers = bsc.receive(request);
                } catch (IllegalArgumentException e) {
                    undecodable++;
                    System.err.println(
                            "BscSimulator: cannot read " + HexFormat.of().formatHex(frame) + ": " + e.getMessage());
                    continue;
                }
                if (!answers.isEmpty() && answerDelay.isPositive()) {
                    Thread.sleep(answerDelay);
                }
                for (CbspMessage answer : answers) {
                    send(answer);
                }
                if (request.type() == CbspMessageType.RESET) {
                    resetAnswered = true;
                }
                onReceive.run();
            }
        } catch (IOException e) {
            // the CBC closed the link, or close() did
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(CbspMessage message) throws IOException {
        synchronized (sending) {
            out.write(CbspCodec.encode(message));
            out.flush();
        }
    }

    private static <T> Optional<T> await(Supplier<T> probe, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T found = probe.get();
            if (found != null || Instant.now().isAfter(deadline)) {
                return Optional.ofNullable(found);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** {@code --cbc host:port --cells MCC-MNC-LAC-CI,… [--http-port N]}: runs until the process is stopped. */
    public static void main(String[] args) throws InterruptedException, IOException {
        BscSimulatorCommandLine arguments = BscSimulatorCommandLine.parse(args);
        BscSimulator simulator =
                new BscSimulator(arguments.cbc(), arguments.cells()).answerDelay(arguments.answerDelay());
        int[] seen = {0, 0};
        simulator.onReceive(() -> BscSimulatorCommandLine.print(simulator, seen));
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        if (arguments.httpPort() >= 0) {
            BscSimulatorReadout readout = BscSimulatorReadout.serve(
                    simulator, new InetSocketAddress(InetAddress.getLoopbackAddress(), arguments.httpPort()));
            System.out.println("BscSimulator readout on http://127.0.0.1:" + readout.port() + "/simulator/broadcasts");
        }
        System.out.println("BscSimulator for " + arguments.cells() + " connecting to CBSP at " + arguments.cbc());
        while (true) {
            if (!simulator.connected()) {
                try {
                    simulator.connect();
                    System.out.println("BscSimulator connected to " + arguments.cbc());
                } catch (UncheckedIOException e) {
                    System.out.println(e.getMessage() + "; retrying in 5 s");
                }
            }
            Thread.sleep(5_000);
        }
    }
}
