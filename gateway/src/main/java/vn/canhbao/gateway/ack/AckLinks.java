package vn.canhbao.gateway.ack;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.core.message.SmsEncoding;
import vn.canhbao.core.message.SmsSegments;
import vn.canhbao.core.text.VietnameseText;
import vn.canhbao.gateway.pipeline.LeaderLinks;
import vn.canhbao.gateway.security.LinkKeys;

/**
 * A leader's personal confirmation link, {@code /n/<token>}: the dispatch's id and a signature over it, 30 characters,
 * so it fits an SMS and opens on any phone without signing in. The signature is checked before anything is looked up,
 * so made-up links cost nothing; the link stops working when its alert expires.
 */
@Component
public class AckLinks implements LeaderLinks {

    /** Six bytes of HMAC-SHA256: forging one needs about 2^47 guesses against a rate-limited page. */
    private static final int MAC_BYTES = 6;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final String base;

    AckLinks(LinkKeys keys, AckProperties properties) {
        this.key = keys.keyFor("leader confirmation link");
        this.base = properties.baseUrl() == null
                ? ""
                : properties.baseUrl().toString().replaceAll("/$", "");
    }

    /** The link for the leader a dispatch goes to. */
    public String url(UUID dispatchId) {
        return base + "/n/" + token(dispatchId);
    }

    /** Where an escalation call posts the key the leader pressed, for the same dispatch. */
    public String voiceAction(UUID dispatchId) {
        return base + "/webhooks/twilio/voice?d=" + token(dispatchId);
    }

    String token(UUID dispatchId) {
        byte[] id = bytes(dispatchId);
        return ENCODER.encodeToString(id) + ENCODER.encodeToString(mac(id));
    }

    /** The dispatch a token names, if its signature holds. */
    public Optional<UUID> dispatchOf(String token) {
        if (token == null || token.length() != 30) {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(token.substring(0, 22));
            byte[] given = DECODER.decode(token.substring(22));
            if (id.length != 16 || !MessageDigest.isEqual(given, mac(id))) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(id);
            return Optional.of(new UUID(b.getLong(), b.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A leader's SMS and Zalo text carry their confirmation link after the warning; everyone else's message is left as
     * it is. The link depends only on the dispatch, so a message sent again carries the same link.
     */
    @Override
    public Dispatch withLink(Dispatch d) {
        if (d.tier() != Tier.LEADER || !(d.channel() == Channel.SMS || d.channel() == Channel.ZALO)) {
            return d;
        }
        String body = d.body() + "\n" + inAlphabetOf(d.body(), "Đã nhận, bấm: ") + url(d.id());
        return new Dispatch(
                d.id(),
                d.alertId(),
                d.recipientId(),
                d.channel(),
                d.tier(),
                d.address(),
                d.title(),
                body,
                d.attempt(),
                d.expires());
    }

    private byte[] mac(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(id), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    /**
     * {@code words} in the alphabet of the message they are added to: without diacritics after a không-dấu SMS, since
     * one letter outside GSM-7 would turn the whole SMS into Unicode and double its segments (#14).
     */
    public static String inAlphabetOf(String message, String words) {
        return SmsSegments.encoding(message) == SmsEncoding.GSM_7 ? VietnameseText.withoutDiacritics(words) : words;
    }
}
