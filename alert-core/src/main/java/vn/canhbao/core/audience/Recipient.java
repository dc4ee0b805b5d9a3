package vn.canhbao.core.audience;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Tier;

/**
 * A person who receives warnings for a ward: a resident, or a neighbourhood leader (tổ trưởng tổ dân phố, trưởng thôn).
 *
 * @param phone the phone in E.164 form ({@code +84…}), or null when the person has none
 * @param groupId the neighbourhood group (tổ dân phố, thôn, ấp, bản), or null
 * @param zaloUserId the person's id as a follower of the ward's Zalo Official Account, or null
 * @param pushToken the registration token of the person's app, or null (residents are reached through the ward's
 *     topic; tokens matter for leaders, who must confirm)
 * @param channels the channels the person chose, in order of preference; the next one is the fallback when one fails
 *     for good
 */
public record Recipient(
        UUID id,
        String wardCode,
        UUID groupId,
        String name,
        String phone,
        RecipientRole role,
        boolean vulnerable,
        String language,
        String zaloUserId,
        String pushToken,
        List<Channel> channels) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wardCode, "wardCode");
        Objects.requireNonNull(role, "role");
        language = language == null ? "vi" : language;
        channels = channels == null || channels.isEmpty() ? List.of(Channel.SMS) : List.copyOf(channels);
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> zaloUser() {
        return Optional.ofNullable(zaloUserId);
    }

    public Optional<String> push() {
        return Optional.ofNullable(pushToken);
    }

    /** The tier this person is reached in. */
    public Tier tier() {
        if (role == RecipientRole.LEADER) {
            return Tier.LEADER;
        }
        return vulnerable ? Tier.VULNERABLE : Tier.EVERYONE;
    }

    public boolean isLeader() {
        return role == RecipientRole.LEADER;
    }
}
