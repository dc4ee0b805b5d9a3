package vn.canhbao.gateway.pipeline;

import vn.canhbao.core.delivery.Dispatch;

/** A dispatch on its way to a channel's topic, and the lane it travels in. */
record QueuedDispatch(Dispatch dispatch, boolean urgent) {

    String topic() {
        return urgent
                ? dispatch.channel().urgentDispatchTopic()
                : dispatch.channel().dispatchTopic();
    }
}
