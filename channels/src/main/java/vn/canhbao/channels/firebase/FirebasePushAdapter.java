package vn.canhbao.channels.firebase;

import com.google.api.client.json.gson.GsonFactory;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Sends app push notifications through Firebase Cloud Messaging (HTTP v1) with the Firebase Admin SDK, one attempt
 * per dispatch. The address is a {@link PushTarget}: a ward's topic or one device's registration token. Each message
 * carries the rendered title and body, data {@code alertId}, {@code dispatchId} and {@code link}, Android high
 * priority and APNs priority 10, and lives until the alert expires. The accepted id is FCM's message name,
 * {@code projects/{project}/messages/{id}}.
 *
 * <p>Each adapter registers its own named {@link FirebaseApp} (the SDK keeps apps in global state) and deletes it on
 * {@link #close()}.
 */
public final class FirebasePushAdapter implements ChannelAdapter, AutoCloseable {

    /** FCM's v1 API sends one message per request; its batch endpoint was shut down in 2024. */
    private static final int BATCH_SIZE = 1;

    private final FirebaseConfig config;
    private final FcmHttpTransport transport;
    private final FirebaseApp app;
    private final FirebaseMessaging messaging;
    private final FcmFailureClassifier classifier;
    private final ChannelLimits limits;
    private final Clock clock;

    public FirebasePushAdapter(FirebaseConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock sets each message's time to live and turns a {@code Retry-After} date into a wait */
    public FirebasePushAdapter(FirebaseConfig config, Clock clock) {
        this.config = config.validate();
        this.clock = clock;
        this.transport = new FcmHttpTransport(config);
        FirebaseOptions options = FirebaseOptions.builder()
                .setProjectId(config.projectId())
                .setCredentials(credentials(config))
                .setHttpTransport(transport)
                .setJsonFactory(GsonFactory.getDefaultInstance())
                .setConnectTimeout(
                        Math.toIntExact(config.limits().connectTimeout().toMillis()))
                .setReadTimeout(Math.toIntExact(config.limits().readTimeout().toMillis()))
                .build();
        this.app = FirebaseApp.initializeApp(options, config.appName());
        this.messaging = FirebaseMessaging.getInstance(app);
        List<String> secrets = new ArrayList<>();
        if (config.accessToken() != null) {
            secrets.add(config.accessToken());
        }
        this.classifier = new FcmFailureClassifier(secrets);
        this.limits = config.limits().channelLimits(BATCH_SIZE);
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public ChannelLimits limits() {
        return limits;
    }

    @Override
    public SendResult send(Dispatch dispatch) {
        PushTarget target;
        Message message;
        Instant now = clock.instant();
        try {
            target = PushTarget.parse(dispatch.address());
        } catch (IllegalArgumentException malformed) {
            return SendResult.failed(FailureReason.INVALID_ADDRESS, "not a push address: " + malformed.getMessage());
        }
        try {
            message = FcmMessages.of(dispatch, target, config.linkBaseUrl(), now);
        } catch (IllegalArgumentException refused) {
            return SendResult.failed(FailureReason.REJECTED, "the SDK refused the message: " + refused.getMessage());
        }
        transport.begin();
        try {
            return SendResult.accepted(messaging.send(message));
        } catch (FirebaseMessagingException failure) {
            return classifier.classify(failure, transport.finish(), target, now);
        } catch (RuntimeException failure) {
            return classifier.classify(failure, transport.finish(), target);
        } finally {
            transport.finish();
        }
    }

    /** The name of the {@link FirebaseApp} this adapter registered. */
    public String appName() {
        return app.getName();
    }

    /** Deletes this adapter's {@link FirebaseApp} and closes its HTTP client. */
    @Override
    public void close() {
        app.delete();
        transport.close();
    }

    private static GoogleCredentials credentials(FirebaseConfig config) {
        if (config.accessToken() != null) {
            return new FixedTokenCredentials(config.accessToken());
        }
        try {
            if (config.credentials() == null) {
                return GoogleCredentials.getApplicationDefault();
            }
            try (InputStream json = Files.newInputStream(config.credentials())) {
                return GoogleCredentials.fromStream(json);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot load Firebase credentials", unreadable);
        }
    }

    /**
     * A bearer token that never expires and never refreshes, so that nothing calls Google's token endpoint or the
     * metadata server: for the simulator and tests. A refresh (the SDK asks for one after a 401) returns the same
     * token.
     */
    private static final class FixedTokenCredentials extends GoogleCredentials {

        private static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

        private final AccessToken token;

        FixedTokenCredentials(String token) {
            this(new AccessToken(token, NEVER));
        }

        private FixedTokenCredentials(AccessToken token) {
            super(token);
            this.token = token;
        }

        @Override
        public AccessToken refreshAccessToken() {
            return token;
        }
    }
}
