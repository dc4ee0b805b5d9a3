package vn.canhbao.gateway.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.text.NaturalOrder;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.escalation.GroupWatch;
import vn.canhbao.gateway.escalation.GroupWatchRepository;
import vn.canhbao.gateway.security.Officer;
import vn.canhbao.gateway.security.WardAccess;

/**
 * What every console page shows in its header: who is signed in, and the groups whose leaders escalation had to call
 * or could not reach, so the duty officer sees them whatever page is open.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final GroupWatchRepository watches;
    private final WardAccess access;
    private final AlertRepository alerts;

    ConsoleModel(GroupWatchRepository watches, WardAccess access, AlertRepository alerts) {
        this.watches = watches;
        this.access = access;
        this.alerts = alerts;
    }

    @ModelAttribute("me")
    Officer me(Authentication caller) {
        return WardAccess.officer(caller).orElse(null);
    }

    @ModelAttribute("attention")
    Attention attention(Authentication caller) {
        if (WardAccess.officer(caller).isEmpty()) {
            return new Attention(List.of());
        }
        Map<UUID, List<GroupWatch>> byAlert = new LinkedHashMap<>();
        for (GroupWatch w : watches.needingOfficer(access.visibleWards(caller).orElse(null))) {
            byAlert.computeIfAbsent(w.alertId(), a -> new ArrayList<>()).add(w);
        }
        List<Attention.Item> items = new ArrayList<>();
        byAlert.forEach((id, groups) -> alerts.find(new AlertId(id)).ifPresent(stored -> {
            groups.sort(Comparator.comparing(GroupWatch::groupName, NaturalOrder.INSTANCE));
            items.add(new Attention.Item(stored.alert(), groups));
        }));
        return new Attention(items);
    }
}
