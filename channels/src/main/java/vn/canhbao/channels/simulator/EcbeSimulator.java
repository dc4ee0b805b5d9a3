package vn.canhbao.channels.simulator;

import java.util.List;
import java.util.Map;
import vn.canhbao.channels.cbc.CbcConfig;

/**
 * A stand-in for a Cell Broadcast Centre's ECBE REST interface on WireMock, answering as OsmoCBC 0.4.0 does (see
 * {@link EcbeApi}), for local mode and tests: it keeps the messages active on it, every message it took with its
 * pages read back to text, and those it deleted. It has no cells: what a BSC does with a message is
 * {@code simulator.cbsp.BscSimulator}'s, against a real CBC.
 *
 * <p>Run it alone with {@code java … vn.canhbao.channels.simulator.EcbeSimulator --port 12345}; the messages it took
 * are at {@code /simulator/messages}.
 */
public final class EcbeSimulator extends ProviderSimulator<EcbeSimulator, EcbeApi> {

    public EcbeSimulator() {
        super(new EcbeApi(), 2, 16);
    }

    /** {@code settings} pointed at this simulator. */
    public CbcConfig adapterConfig(CbcConfig settings) {
        return settings.at(baseUrl());
    }

    /** Every message it took, oldest first. */
    public List<EcbeBroadcast> broadcasts() {
        return api().received();
    }

    /** The messages being broadcast now, by identifier. */
    public Map<Integer, EcbeBroadcast> active() {
        return api().active();
    }

    /** The messages it deleted, oldest first. */
    public List<EcbeBroadcast> kills() {
        return api().killed();
    }

    /**
     * Runs a simulator until the process is stopped. Arguments: {@code --port N} (default 12345, 0 for a free one),
     * {@code --latency-ms N}, {@code --failure-rate R}, {@code --bind ADDRESS} (default 127.0.0.1).
     */
    public static void main(String[] args) throws InterruptedException {
        new EcbeSimulator()
                .serveUntilStopped(SimulatorCommandLine.withPort(12345).parse(args), "(a CBC's ECBE interface)");
    }
}
