package vn.canhbao.channels.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** Twilio answers for WireMock stubs, shaped as the real API's. */
final class TwilioResponses {

    private TwilioResponses() {}

    static String message(String sid, String to) {
        return """
                {"account_sid":"%s","api_version":"2010-04-01","body":"Cảnh báo","date_created":"Thu, 24 Aug 2023 05:01:45 +0000",\
                "date_sent":null,"date_updated":"Thu, 24 Aug 2023 05:01:45 +0000","direction":"outbound-api",\
                "error_code":null,"error_message":null,"from":null,"messaging_service_sid":"%s","num_media":"0",\
                "num_segments":"1","price":null,"price_unit":"USD","sid":"%s","status":"accepted",\
                "subresource_uris":{"media":"/2010-04-01/Accounts/%1$s/Messages/%3$s/Media.json"},"to":"%s",\
                "uri":"/2010-04-01/Accounts/%1$s/Messages/%3$s.json"}""".formatted(TwilioSmsAdapterTests.ACCOUNT_SID, TwilioSmsAdapterTests.SERVICE_SID, sid, to);
    }

    static ResponseDefinitionBuilder error(int status, int code, String message) {
        return aResponse()
                .withStatus(status)
                .withBody(
                        "{\"code\":%d,\"message\":\"%s\",\"more_info\":\"https://www.twilio.com/docs/errors/%d\",\"status\":%d}"
                                .formatted(code, message, code, status));
    }
}
