package vn.canhbao.channels.firebase;

/**
 * FCM's real HTTP answer to the one attempt of a send, as the transport saw it: the status and the
 * {@code Retry-After} header. The SDK's exception carries the status too, but not always the real {@code Retry-After}
 * (see {@link FcmHttpTransport}), and it carries nothing when the SDK's own retry was refused.
 */
record FcmAnswer(int status, String retryAfter) {}
