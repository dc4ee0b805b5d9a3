package vn.canhbao.gateway.ack;

import java.util.Locale;
import java.util.Set;
import vn.canhbao.core.text.VietnameseText;

/**
 * Whether a leader's Zalo text confirms: "Đã nhận", "da nhan", "nhận", "OK", "1", "rõ", with or without diacritics,
 * punctuation or a polite word around it. Anything longer is a conversation for the officer, not a confirmation.
 */
public final class LeaderReply {

    private static final Set<String> CONFIRMATIONS = Set.of(
            "da nhan",
            "nhan",
            "nhan duoc",
            "da nhan duoc",
            "ok",
            "oke",
            "okay",
            "1",
            "ro",
            "da ro",
            "da nhan tin",
            "nhan roi",
            "da nhan roi",
            "yes",
            "received");

    private LeaderReply() {}

    public static boolean confirms(String text) {
        if (text == null) {
            return false;
        }
        String plain = VietnameseText.withoutDiacritics(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\b(a|ah|ạ|nhe|nha|anh|chi|em|cam on|xin)\\b", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return CONFIRMATIONS.contains(plain);
    }
}
