package vn.canhbao.channels.simulator.cbsp;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The command line of {@link BscSimulator#main}: {@code --cbc host:port}, {@code --cells} (comma-separated), {@code
 * --answer-delay-ms} and, for the HTTP readout, {@code --http-port} (none by default).
 *
 * @param httpPort -1 for no readout
 */
record BscSimulatorCommandLine(InetSocketAddress cbc, List<CellGlobalId> cells, int httpPort, Duration answerDelay) {

    static final String DEFAULT_CBC = "127.0.0.1:48049";

    /** Two synthetic cells of MobiFone (452-01) in one location area, when none are given. */
    static final String DEFAULT_CELLS = "452-01-1000-401,452-01-1000-402";

    static BscSimulatorCommandLine parse(String[] args) {
        String cbc = DEFAULT_CBC;
        String cells = DEFAULT_CELLS;
        int httpPort = -1;
        Duration answerDelay = BscSimulator.DEFAULT_ANSWER_DELAY;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--cbc" -> cbc = args[i + 1];
                case "--cells" -> cells = args[i + 1];
                case "--http-port" -> httpPort = Integer.parseInt(args[i + 1]);
                case "--answer-delay-ms" -> answerDelay = Duration.ofMillis(Long.parseLong(args[i + 1]));
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; use --cbc, --cells, --http-port, --answer-delay-ms");
            }
        }
        return new BscSimulatorCommandLine(
                BscSimulator.cbcAddress(cbc),
                Arrays.stream(cells.split(",")).map(CellGlobalId::parse).toList(),
                httpPort,
                answerDelay);
    }

    /** Prints the broadcasts and kills not printed yet; {@code seen} counts what was printed of each. */
    static void print(BscSimulator simulator, int[] seen) {
        List<ReceivedBroadcast> broadcasts = simulator.broadcasts();
        for (ReceivedBroadcast b : broadcasts.subList(seen[0], broadcasts.size())) {
            System.out.printf(
                    "WRITE-REPLACE message %d serial %s dcs 0x%02x %d page(s) cells %s%n",
                    b.messageId(),
                    b.serialNumber(),
                    b.dataCodingScheme(),
                    b.pages().size(),
                    b.cells());
            b.userData()
                    .forEach(page -> System.out.println("  " + HexFormat.of().formatHex(page)));
        }
        seen[0] = broadcasts.size();
        List<ReceivedKill> kills = simulator.kills();
        for (ReceivedKill k : kills.subList(seen[1], kills.size())) {
            System.out.printf("KILL message %d serial %s cells %s%n", k.messageId(), k.serialNumber(), k.cells());
        }
        seen[1] = kills.size();
    }
}
