package vn.canhbao.gateway.console;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.canhbao.gateway.escalation.GroupWatch;
import vn.canhbao.gateway.escalation.GroupWatches;
import vn.canhbao.gateway.security.Officer;
import vn.canhbao.gateway.security.WardAccess;

/**
 * What every console page shows in its header: who is signed in, and the groups whose leaders escalation had to call
 * or could not reach, so the duty officer sees them whatever page is open.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final GroupWatches watches;
    private final WardAccess access;

    ConsoleModel(GroupWatches watches, WardAccess access) {
        this.watches = watches;
        this.access = access;
    }

    @ModelAttribute("me")
    Officer me(Authentication caller) {
        return WardAccess.officer(caller).orElse(null);
    }

    @ModelAttribute("attention")
    List<GroupWatch> attention(Authentication caller) {
        if (WardAccess.officer(caller).isEmpty()) {
            return List.of();
        }
        return watches.needingOfficer(access.visibleWards(caller).orElse(null));
    }
}
