package vn.canhbao.gateway.subscription;

import java.util.List;
import java.util.UUID;
import vn.canhbao.core.delivery.Channel;

/**
 * What a resident chose, once their phone is confirmed.
 *
 * @param phone in E.164 ({@code +84…})
 * @param groupId their neighbourhood group, or null
 * @param name the name they gave, or null to keep the registry's
 * @param channels in order of preference
 * @param language a language tag, e.g. {@code vi}
 */
record Subscription(String phone, String wardCode, UUID groupId, String name, List<Channel> channels, String language) {

    Subscription {
        channels = List.copyOf(channels);
    }
}
