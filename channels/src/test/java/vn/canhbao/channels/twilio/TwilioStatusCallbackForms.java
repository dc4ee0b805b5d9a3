package vn.canhbao.channels.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Status callbacks as Twilio posts them, and their signatures computed here, independently of the SDK. */
final class TwilioStatusCallbackForms {

    static final String AUTH_TOKEN = "9f1c2d3e4b5a69788796a5b4c3d2e1f0";
    static final String DISPATCH_ID = "6f1d2c3b-4a59-4e8f-9d7c-1b2a3c4d5e6f";
    static final String CALLBACK_URL = "https://canhbao.example.vn/webhooks/twilio/status?dispatch=" + DISPATCH_ID;
    static final String MESSAGE_SID = "SM5f7b1c2e8a1d4e0012c3b4a5d6e7f809";

    private TwilioStatusCallbackForms() {}

    /** The form of a callback for a message sent through a Messaging Service to a Viettel number. */
    static Map<String, String> form(String status, String errorCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("ApiVersion", "2010-04-01");
        form.put("MessageSid", MESSAGE_SID);
        form.put("SmsSid", MESSAGE_SID);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("MessagingServiceSid", "MG0123456789abcdef0123456789abcdef");
        form.put("From", "CANHBAO");
        form.put("To", "+84912345678");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        if (status.equals("delivered") || status.equals("undelivered")) {
            form.put("RawDlrDoneDate", "2610121431");
        }
        return form;
    }

    /** Base64(HMAC-SHA1(token, url + sorted name+value pairs)), as Twilio's security guide describes it. */
    static String sign(String url, Map<String, String> form, String token) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
