package vn.canhbao.gateway.registry;

import java.util.UUID;

/**
 * What an officer writes about a loudspeaker cluster.
 *
 * @param vendorClusterId the id the vendor's broadcast gateway knows the cluster by, e.g. {@code loa-01879-3}
 * @param groupId the neighbourhood group it serves; null for the whole ward
 */
public record ClusterChange(String name, String vendorClusterId, UUID groupId) {}
