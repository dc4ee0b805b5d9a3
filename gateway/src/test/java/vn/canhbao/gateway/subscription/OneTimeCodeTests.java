package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OneTimeCodeTests {

    private final OneTimeCode codes =
            new OneTimeCode(new SubscriptionSecret("a-secret-of-at-least-thirty-two-characters"));

    @Test
    void codesAreSixDigitsAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = OneTimeCode.generate();
            assertThat(code).matches("\\d{6}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void theHashMatchesOnlyItsCodeUnderItsId() {
        UUID id = UUID.randomUUID();
        String hash = codes.hash(id, "123456");
        assertThat(hash).hasSize(64).doesNotContain("123456");
        assertThat(codes.matches(id, "123456", hash)).isTrue();
        assertThat(codes.matches(id, "123457", hash)).isFalse();
        assertThat(codes.matches(UUID.randomUUID(), "123456", hash))
                .as("the same code under another id hashes differently")
                .isFalse();
        OneTimeCode otherKey = new OneTimeCode(new SubscriptionSecret("another-secret-of-at-least-thirty-two-chars"));
        assertThat(otherKey.matches(id, "123456", hash)).isFalse();
    }

    @Test
    void aCodeMayBeTypedWithSpacesButNotWithLetters() {
        assertThat(OneTimeCode.normalise(" 123 456 ")).isEqualTo("123456");
        assertThat(OneTimeCode.normalise("123-456")).isEqualTo("123456");
        assertThat(OneTimeCode.normalise("12345")).isNull();
        assertThat(OneTimeCode.normalise("12a456")).isNull();
        assertThat(OneTimeCode.normalise(null)).isNull();
    }
}
