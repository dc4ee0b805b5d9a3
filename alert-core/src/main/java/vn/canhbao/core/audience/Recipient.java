package vn.canhbao.core.audience;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person who receives warnings for a ward: a resident, or a neighbourhood leader (tổ trưởng tổ dân phố, trưởng thôn).
 *
 * @param phone the phone in E.164 form ({@code +84…}), or null when the person has none
 * @param groupId the neighbourhood group (tổ dân phố, thôn, ấp, bản), or null
 */
public record Recipient(
        UUID id,
        String wardCode,
        UUID groupId,
        String name,
        String phone,
        RecipientRole role,
        boolean vulnerable,
        String language) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wardCode, "wardCode");
        Objects.requireNonNull(role, "role");
        language = language == null ? "vi" : language;
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    /** The tier this person is reached in. */
    public Tier tier() {
        if (role == RecipientRole.LEADER) {
            return Tier.LEADER;
        }
        return vulnerable ? Tier.VULNERABLE : Tier.EVERYONE;
    }
}
