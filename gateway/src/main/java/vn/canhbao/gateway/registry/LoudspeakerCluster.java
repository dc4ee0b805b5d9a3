package vn.canhbao.gateway.registry;

import java.util.UUID;

/**
 * A cluster of IP loudspeakers (cụm loa) covering part of a ward, known to the vendor's gateway by its own id.
 *
 * @param groupId the neighbourhood group it serves, or null when it sounds for the whole ward
 */
public record LoudspeakerCluster(UUID id, String wardCode, String vendorClusterId, String name, UUID groupId) {

    /** A cluster that sounds for the whole ward. */
    public LoudspeakerCluster(UUID id, String wardCode, String vendorClusterId, String name) {
        this(id, wardCode, vendorClusterId, name, null);
    }
}
