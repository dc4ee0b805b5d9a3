package vn.canhbao.gateway.pipeline;

import vn.canhbao.core.delivery.Dispatch;

/**
 * What a leader's message carries so that they can confirm it: the pipeline asks, the confirmation feature answers
 * ({@code ack.AckLinks}), so that the pipeline knows nothing of how confirmations work.
 */
public interface LeaderLinks {

    /** The dispatch with its confirmation link when it is a leader's, else as it is. */
    Dispatch withLink(Dispatch dispatch);
}
