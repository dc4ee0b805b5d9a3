package vn.canhbao.channels.firebase;

import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Builds the FCM message for a dispatch: a visible notification (title and body as rendered), data the app acts on,
 * and the platform settings that make a warning arrive now and vanish when it expires.
 */
final class FcmMessages {

    /** Data keys the app reads. */
    static final String ALERT_ID = "alertId";

    static final String DISPATCH_ID = "dispatchId";
    static final String LINK = "link";

    /** How long FCM and APNs keep an undelivered warning that has no expiry. */
    static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofHours(24);

    /** FCM keeps a message at most four weeks: https://firebase.google.com/docs/cloud-messaging/concept-options#ttl. */
    static final Duration MAX_TIME_TO_LIVE = Duration.ofDays(28);

    private FcmMessages() {}

    /**
     * @param now the moment of sending, to turn the alert's expiry into a time to live
     * @throws IllegalArgumentException when the SDK refuses the message (e.g. a reserved data key)
     */
    static Message of(Dispatch dispatch, PushTarget target, URI linkBaseUrl, Instant now) {
        Instant expires = dispatch.expires() == null
                ? now.plus(DEFAULT_TIME_TO_LIVE)
                : dispatch.expires().toInstant();
        Duration ttl = Duration.between(now, expires);
        if (ttl.isNegative()) {
            ttl = Duration.ZERO;
        } else if (ttl.compareTo(MAX_TIME_TO_LIVE) > 0) {
            ttl = MAX_TIME_TO_LIVE;
        }
        Message.Builder message = Message.builder()
                .setNotification(Notification.builder()
                        .setTitle(dispatch.title().isEmpty() ? null : dispatch.title())
                        .setBody(dispatch.body())
                        .build())
                .putData(ALERT_ID, dispatch.alertId().toString())
                .putData(DISPATCH_ID, dispatch.id().toString())
                .putData(LINK, link(linkBaseUrl, dispatch))
                // High priority wakes the device and shows the notification at once, even in Doze.
                .setAndroidConfig(AndroidConfig.builder()
                        .setPriority(AndroidConfig.Priority.HIGH)
                        .setTtl(ttl.toSeconds() * 1000)
                        .setNotification(AndroidNotification.builder()
                                .setSound("default")
                                .build())
                        .build())
                .setApnsConfig(ApnsConfig.builder()
                        // 10: deliver immediately (https://developer.apple.com/documentation/usernotifications/
                        // sending-notification-requests-to-apns); 0 expiration: try once, do not store.
                        .putHeader("apns-priority", "10")
                        .putHeader("apns-push-type", "alert")
                        .putHeader(
                                "apns-expiration",
                                ttl.isZero() ? "0" : Long.toString(now.plus(ttl).getEpochSecond()))
                        .setAps(Aps.builder().setSound("default").build())
                        .build());
        if (target.isToken()) {
            message.setToken(target.value());
        } else {
            message.setTopic(target.value());
        }
        return message.build();
    }

    /** {@code {linkBaseUrl}/alerts/{alertId}}: the alert's page in the app and on the web. */
    static String link(URI linkBaseUrl, Dispatch dispatch) {
        return linkBaseUrl.toString().replaceAll("/+$", "") + "/alerts/" + dispatch.alertId();
    }
}
