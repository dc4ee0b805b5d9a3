package vn.canhbao.channels.loudspeaker;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.canhbao.core.delivery.DeliveryStatus;

/** Where a broadcast stands in canhbao's loudspeaker contract, and what that means for the dispatch. */
public enum BroadcastStatus {
    /** Accepted and waiting for its slot (or for the cluster to come online). */
    QUEUED(DeliveryStatus.ACCEPTED),
    /** Playing now. */
    PLAYING(DeliveryStatus.ACCEPTED),
    /** Played the asked number of times on the cluster. */
    COMPLETED(DeliveryStatus.DELIVERED),
    /** Could not be played: the cluster is offline, the audio could not be made, the device refused it. */
    FAILED(DeliveryStatus.UNDELIVERED),
    /** Stopped by an operator at the vendor before it played. */
    CANCELLED(DeliveryStatus.UNDELIVERED),
    /** Its {@code expiresAt} passed before it could start. */
    EXPIRED(DeliveryStatus.UNDELIVERED);

    private final DeliveryStatus delivery;

    BroadcastStatus(DeliveryStatus delivery) {
        this.delivery = delivery;
    }

    /** The dispatch status this broadcast status reports. */
    public DeliveryStatus deliveryStatus() {
        return delivery;
    }

    /** The word on the wire: {@code queued}, {@code playing}, {@code completed}, … */
    public String contractName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for a contract word (any case), or {@code null}. */
    public static BroadcastStatus fromContract(String word) {
        if (word == null) {
            return null;
        }
        for (BroadcastStatus status : values()) {
            if (status.contractName().equalsIgnoreCase(word.strip())) {
                return status;
            }
        }
        return null;
    }

    static List<String> contractNames() {
        return Arrays.stream(values()).map(BroadcastStatus::contractName).toList();
    }
}
