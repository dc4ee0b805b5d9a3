package vn.canhbao.gateway.alerts;

import java.util.List;
import vn.canhbao.core.message.RenderedMessage;
import vn.canhbao.core.message.SmsPreview;
import vn.canhbao.gateway.registry.Audience;

/**
 * What an alert will say on each channel and whom it will reach, shown before it is issued: both SMS variants with
 * their segment counts, the Zalo text, the push title and body, the loudspeaker script, and the confirmation's counts.
 *
 * @param smsWithoutDiacritics whether the ward sends the không-dấu SMS
 * @param groupNames the groups it is limited to; empty for the whole ward
 */
public record AlertPreview(
        String wardName,
        SmsPreview sms,
        boolean smsWithoutDiacritics,
        RenderedMessage zalo,
        RenderedMessage push,
        RenderedMessage loudspeaker,
        Audience audience,
        int loudspeakerClusters,
        List<String> groupNames) {}
