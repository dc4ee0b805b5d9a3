package vn.canhbao.gateway.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.gateway.web.BadRequestException;

/** When a ward chases a silent group, counted from the alert's issue, and what counts as the group confirming. */
public record EscalationPolicy(
        String wardCode, Duration resendAfter, Duration callAfter, Duration unreachedAfter, boolean allLeaders) {

    /** Refuses a policy whose steps are missing or out of order. */
    public EscalationPolicy validated() {
        List<CapProblem> errors = new ArrayList<>();
        if (resendAfter == null || resendAfter.isNegative() || resendAfter.isZero()) {
            errors.add(new CapProblem("resendAfterSeconds", "Give how long to wait before sending again."));
        }
        if (callAfter == null || resendAfter != null && callAfter.compareTo(resendAfter) <= 0) {
            errors.add(new CapProblem("callAfterSeconds", "The call comes after the second message."));
        }
        if (unreachedAfter == null || callAfter != null && unreachedAfter.compareTo(callAfter) <= 0) {
            errors.add(new CapProblem("unreachedAfterSeconds", "A group is marked unreached after the call."));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return this;
    }
}
