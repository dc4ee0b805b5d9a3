package vn.canhbao.gateway.pipeline;

import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.gateway.messaging.Topics;

/** A dispatch on its way to a channel's topic, and the lane it travels in. */
record QueuedDispatch(Dispatch dispatch, boolean urgent) {

    String topic() {
        return urgent ? Topics.urgentDispatch(dispatch.channel()) : Topics.dispatch(dispatch.channel());
    }
}
