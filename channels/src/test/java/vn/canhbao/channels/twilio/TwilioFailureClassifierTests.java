package vn.canhbao.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.exception.ApiException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;

/** What only Twilio's classifier knows about a send that got no answer: HttpClient 5's own timeouts. */
class TwilioFailureClassifierTests {

    private final TwilioFailureClassifier classifier =
            new TwilioFailureClassifier("AC0123456789abcdef0123456789abcdef", TwilioSmsAdapterTests.AUTH_TOKEN);

    @Test
    void aConnectTimeoutSentNothingAndIsANetworkFailure() { // #16
        SendResult.Failed failed = unanswered(new ConnectTimeoutException("Connect to api.twilio.com timed out"));

        assertThat(failed.reason()).isEqualTo(FailureReason.NETWORK);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.detail()).startsWith("could not reach Twilio: ConnectTimeoutException");
    }

    @Test
    void aPoolLeaseTimeoutSentNothingAndIsANetworkFailure() { // #16
        assertThat(unanswered(new ConnectionRequestTimeoutException("Timeout deadline"))
                        .reason())
                .isEqualTo(FailureReason.NETWORK);
    }

    @Test
    void aReadTimeoutIsATimeout() {
        SendResult.Failed failed = unanswered(new SocketTimeoutException("Read timed out"));

        assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(failed.detail()).isEqualTo("no answer from Twilio in time: SocketTimeoutException Read timed out");
    }

    private SendResult.Failed unanswered(Exception cause) {
        return classifier.classify(new ApiException("Connection Error: POST", cause), null, Instant.EPOCH);
    }
}
