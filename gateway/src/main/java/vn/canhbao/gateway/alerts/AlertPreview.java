package vn.canhbao.gateway.alerts;

import java.util.List;
import vn.canhbao.core.message.BroadcastText;
import vn.canhbao.core.message.RenderedMessage;
import vn.canhbao.core.message.SmsChoice;
import vn.canhbao.core.message.SmsChoiceReason;
import vn.canhbao.core.message.SmsPreview;
import vn.canhbao.gateway.registry.Audience;

/**
 * What an alert will say on each channel and whom it will reach, shown before it is issued: both SMS variants with
 * their segment counts, which of them the ward sends and why, the Zalo text, the push title and body, the loudspeaker
 * script, the cell broadcast text with its pages, and the confirmation's counts.
 *
 * @param smsWithoutDiacritics whether the ward sends the không-dấu SMS for this alert
 * @param smsReason why the ward sends that variant (its policy, the budget)
 * @param smsOverBudget the SMS sent is over the ward's segment budget: it costs more segments than planned
 * @param groupNames the groups it is limited to; empty for the whole ward
 * @param cellBroadcast the text every phone in the ward's cells shows, encoded into its pages
 * @param cells the ward's cells it is broadcast on; 0 where the ward has none in the registry or the alert is limited
 *     to some groups (a broadcast covers the whole ward)
 */
public record AlertPreview(
        String wardName,
        SmsPreview sms,
        boolean smsWithoutDiacritics,
        SmsChoiceReason smsReason,
        boolean smsOverBudget,
        RenderedMessage zalo,
        RenderedMessage push,
        RenderedMessage loudspeaker,
        Audience audience,
        int loudspeakerClusters,
        List<String> groupNames,
        BroadcastText cellBroadcast,
        int cells) {

    /** Which SMS is sent and why, as the pipeline decides it. */
    public SmsChoice smsChoice() {
        return new SmsChoice(sms, smsReason);
    }
}
