package vn.canhbao.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.stream.IntStream;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.channels.zalo.ZaloTokens;

/**
 * The benchmark's provider simulators, in a process of their own so that the gateway's CPU can be measured apart from
 * theirs: Twilio, Zalo (the ward's people as followers), FCM (any token) and the loudspeaker gateway (any cluster), all
 * answering after the given latency. Started by {@link SimulatorProcess} with {@code <latency-ms> <followers>}; prints
 * one line beginning {@value #READY} with the four URLs and a Zalo token pair, and ends when its standard input
 * closes, that is when the benchmark ends, however it ends.
 */
public final class BenchSimulators {

    static final String READY = "BENCH-SIMULATORS";

    private BenchSimulators() {}

    public static void main(String[] args) throws IOException {
        Duration latency = Duration.ofMillis(Integer.parseInt(args[0]));
        int followers = Integer.parseInt(args[1]);
        TwilioSimulator twilio = new TwilioSimulator().latency(latency).start(0);
        ZaloSimulator zalo = new ZaloSimulator().latency(latency).start(0);
        zalo.follow(
                IntStream.range(0, followers).mapToObj(BenchWard::zaloUserId).toArray(String[]::new));
        ZaloTokens tokens = zalo.authorise();
        FcmSimulator fcm =
                new FcmSimulator().acceptAnyToken(true).latency(latency).start(0);
        LoudspeakerSimulator loudspeakers =
                new LoudspeakerSimulator().acceptAnyCluster().latency(latency).start(0, "127.0.0.1");
        System.out.println(String.join(
                " ",
                READY,
                twilio.baseUrl().toString(),
                zalo.baseUrl().toString(),
                fcm.baseUrl().toString(),
                loudspeakers.baseUrl().toString(),
                tokens.accessToken(),
                tokens.refreshToken()));
        System.out.flush();
        // The benchmark holds our standard input open; its end, for any reason, ends us.
        while (System.in.read() >= 0) {
            // nothing to read; waiting for the end of input
        }
        twilio.stop();
        zalo.stop();
        fcm.stop();
        loudspeakers.stop();
        System.exit(0);
    }
}
