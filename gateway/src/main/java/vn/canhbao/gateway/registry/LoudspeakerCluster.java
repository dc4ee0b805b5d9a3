package vn.canhbao.gateway.registry;

import java.util.UUID;

/** A cluster of IP loudspeakers (cụm loa) covering part of a ward, known to the vendor's gateway by its own id. */
public record LoudspeakerCluster(UUID id, String wardCode, String vendorClusterId, String name) {}
