package vn.canhbao.gateway.report;

import java.time.Instant;

/** One moment in an alert's life: what happened, who or what did it, and a detail. */
public record TimelineEntry(Instant at, String what, String who, String detail) {}
