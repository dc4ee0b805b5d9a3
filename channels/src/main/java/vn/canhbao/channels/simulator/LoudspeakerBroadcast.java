package vn.canhbao.channels.simulator;

import java.time.Instant;
import java.util.List;

/**
 * One broadcast the loudspeaker simulator made. It is {@code queued} until {@code doneAt}, then {@code completed}, or
 * {@code failed} with {@code device_offline} when one of its clusters was offline.
 */
record LoudspeakerBroadcast(
        String id,
        String reference,
        List<String> clusterIds,
        String text,
        String callbackUrl,
        Instant createdAt,
        Instant doneAt,
        boolean fails) {

    String status(Instant now) {
        if (now.isBefore(doneAt)) {
            return "queued";
        }
        return fails ? "failed" : "completed";
    }

    /** The status resource of the contract, as {@code GET /broadcasts/{id}} and callbacks carry it. */
    String json(Instant now) {
        return json(status(now), now.isBefore(doneAt) ? createdAt : doneAt);
    }

    /** The answer to the create itself: just made, so queued whatever the play time. */
    String createdJson() {
        return json("queued", createdAt);
    }

    private String json(String status, Instant updated) {
        StringBuilder clusters = new StringBuilder("[");
        for (String cluster : clusterIds) {
            clusters.append(clusters.length() > 1 ? "," : "")
                    .append("{\"clusterId\":")
                    .append(JsonAnswer.string(cluster))
                    .append(",\"status\":\"")
                    .append(status)
                    .append("\"}");
        }
        clusters.append(']');
        return "{\"id\":" + JsonAnswer.string(id) + ",\"status\":\"" + status + "\",\"reference\":"
                + JsonAnswer.string(reference) + ",\"clusters\":" + clusters
                + (status.equals("failed")
                        ? ",\"error\":{\"code\":\"device_offline\",\"message\":\"Cụm loa mất kết nối\"}"
                        : "")
                + ",\"createdAt\":\"" + createdAt + "\",\"updatedAt\":\"" + updated + "\"}";
    }
}
