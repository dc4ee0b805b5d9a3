package vn.canhbao.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** What the measured alert did, from its issue until its last dispatch was handed over (or the timeout). */
record FanOut(
        BenchWard ward,
        Instant issued,
        boolean completed,
        Handovers handovers,
        long attempts,
        double planSeconds,
        long redriven,
        double cpuSeconds,
        Map<String, Double> cpuSecondsByPart,
        double simulatorCpuSeconds,
        long peakHeapBytes,
        long peakHeapAfterGcBytes,
        double gcPauseSeconds,
        double seedSeconds,
        double loadAverageAtIssue,
        double loadAverageAtHandover,
        Map<String, Object> settings,
        Map<String, Object> simulatorStats) {

    /** Seconds from the issue to each channel's last leader or loudspeaker dispatch. */
    private Map<String, Double> lastUrgent() {
        Map<String, Double> seconds = new TreeMap<>();
        handovers.lastUrgentByChannel().forEach((channel, at) -> seconds.put(channel, Handovers.seconds(issued, at)));
        return seconds;
    }

    private static Map<String, Double> perDispatch(Map<String, Double> seconds, long settled) {
        Map<String, Double> micros = new LinkedHashMap<>();
        if (settled > 0) {
            seconds.forEach((part, s) -> micros.put(part, s * 1e6 / settled));
        }
        return micros;
    }

    BenchReport report(BenchArguments a, CeilingLoop.Result ceiling) {
        long settled = handovers.accepted() + handovers.failed();
        Double handover = completed ? Handovers.seconds(issued, handovers.last()) : null;
        // A run that timed out still tells its rate so far: what settled, over the time to the last that did.
        Double untilLast = Handovers.seconds(issued, handovers.last());
        Double rate = untilLast == null || untilLast <= 0 ? null : settled / untilLast;
        Double ceilingRate = ceiling.perSecond() > 0 ? ceiling.perSecond() : null;
        Double rateBound = a.rate() == null ? null : (double) handovers.busiestChannel() / a.rate();
        return new BenchReport(
                a.residents(),
                handovers.dispatches(),
                handovers.accepted(),
                handovers.failed(),
                attempts,
                completed,
                a.latencyMillis(),
                Handovers.seconds(issued, handovers.firstLeader()),
                Handovers.seconds(issued, handovers.lastLeaderOrLoudspeaker()),
                lastUrgent(),
                handover,
                planSeconds,
                planSeconds > 0 ? handovers.dispatches() / planSeconds : null,
                redriven,
                rate,
                ceilingRate,
                ceiling.requests(),
                rate == null || ceilingRate == null ? null : rate / ceilingRate,
                a.rate(),
                rateBound,
                rateBound == null || handover == null ? null : handover / rateBound,
                cpuSeconds,
                settled > 0 ? cpuSeconds * 1e6 / settled : null,
                perDispatch(cpuSecondsByPart, settled),
                simulatorCpuSeconds,
                peakHeapBytes,
                peakHeapAfterGcBytes,
                Runtime.getRuntime().maxMemory(),
                gcPauseSeconds,
                seedSeconds,
                Runtime.getRuntime().availableProcessors(),
                loadAverageAtIssue,
                loadAverageAtHandover,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                        + ManagementFactory.getRuntimeMXBean().getInputArguments(),
                settings,
                simulatorStats);
    }
}
