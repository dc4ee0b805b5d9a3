package vn.canhbao.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The OA's ZNS quota for the day, as {@code GET {business}/message/quota} answers it:
 * {@code {"error":0,"message":"Success","data":{"dailyQuota":"500","remainingQuota":"499"}}}. Zalo's table types both
 * as strings while its example shows numbers, so both are read (developers-zns.goby.vn, "Lấy thông tin quota ZNS",
 * which mirrors Zalo's ZNS documentation). Zalo adjusts the daily quota to the OA's sending quality and demand.
 *
 * @param daily how many ZNS messages the OA may send today
 * @param remaining how many of them are left
 */
public record ZnsQuota(long daily, long remaining) {

    /** The quota in an answer's {@code data}, or empty when either number is missing or not a number. */
    static Optional<ZnsQuota> in(JsonNode body) {
        if (body == null) {
            return Optional.empty();
        }
        JsonNode data = body.path("data");
        Long daily = number(data.path("dailyQuota"));
        Long remaining = number(data.path("remainingQuota"));
        return daily == null || remaining == null ? Optional.empty() : Optional.of(new ZnsQuota(daily, remaining));
    }

    private static Long number(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
