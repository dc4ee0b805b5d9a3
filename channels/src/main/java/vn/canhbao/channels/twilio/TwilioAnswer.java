package vn.canhbao.channels.twilio;

/**
 * The parts of Twilio's HTTP answer that the SDK's exceptions do not carry: the real status line and the
 * {@code Retry-After} header.
 */
record TwilioAnswer(int status, String retryAfter) {}
