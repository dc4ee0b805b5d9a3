package vn.canhbao.channels.simulator;

/**
 * Counts the SMS segments of a body as Twilio does, for the {@code num_segments} of the simulated Message resource.
 * The counting itself is {@link vn.canhbao.core.message.SmsSegments}, the one the message composer budgets with.
 */
final class SmsSegments {

    private SmsSegments() {}

    static int count(String body) {
        return vn.canhbao.core.message.SmsSegments.segments(body);
    }
}
