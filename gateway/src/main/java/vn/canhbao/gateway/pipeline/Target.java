package vn.canhbao.gateway.pipeline;

import java.util.UUID;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Tier;

/**
 * One address an alert goes to on one channel: a person's phone or Zalo account or app, the ward's push topic, or a
 * loudspeaker cluster.
 *
 * @param id the person's id, or the id standing for the ward's topic or the cluster
 */
record Target(UUID id, Channel channel, String address, Tier tier) {}
