package vn.canhbao.gateway.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * A ward's warnings over a period, for its sơ kết and tổng kết: real alerts issued by hazard and by risk level (drills
 * counted apart), how much of what was sent reached a provider, how many groups confirmed, and how fast.
 *
 * @param to the first day not included
 * @param reachRate handed over ÷ dispatched, 0–1; null without dispatches
 * @param confirmationRate groups confirmed ÷ groups watched, 0–1; null without groups
 * @param medianSecondsToConfirm from issue to a leader's confirmation, the median over all confirmations
 * @param byChannel dispatched and handed over per channel ({@code SMS} … {@code CELL_BROADCAST}), every channel listed
 */
public record WardReport(
        String wardCode,
        LocalDate from,
        LocalDate to,
        int alerts,
        int exercises,
        int cancels,
        Map<String, Integer> byHazard,
        Map<Integer, Integer> byRiskLevel,
        long dispatches,
        long handedOver,
        Double reachRate,
        int groupsWatched,
        int groupsConfirmed,
        int groupsUnreached,
        Double confirmationRate,
        Long medianSecondsToConfirm,
        Map<String, ChannelDelivery> byChannel) {

    /** What was dispatched on one channel and how much of it a provider took. */
    public record ChannelDelivery(long dispatches, long handedOver) {}
}
