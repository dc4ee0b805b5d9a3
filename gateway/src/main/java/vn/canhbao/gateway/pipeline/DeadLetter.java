package vn.canhbao.gateway.pipeline;

import java.time.Instant;

/** A dispatch that failed for good, as it lands on the channel's dead-letter topic: enough to send it again by hand. */
public record DeadLetter(DispatchMessage dispatch, int attempts, String reason, String detail, Instant failedAt) {}
