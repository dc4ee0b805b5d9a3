package vn.canhbao.gateway.console;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.security.WardAccess;

/**
 * The inbox: the alerts of the officer's wards, newest first, whether an upstream bulletin brought them or an officer
 * wrote them, each in its risk level's colour; and the ways to start a warning or a drill.
 */
@Controller
@RequestMapping("/console")
class ConsoleController {

    private final AlertRepository alerts;
    private final WardAccess access;
    private final OfficerWards officerWards;
    private final AlertStandings standings;

    ConsoleController(AlertRepository alerts, WardAccess access, OfficerWards officerWards, AlertStandings standings) {
        this.alerts = alerts;
        this.access = access;
        this.officerWards = officerWards;
        this.standings = standings;
    }

    @GetMapping
    String inbox(Authentication caller, Model model) {
        List<String> wards = access.visibleWards(caller).orElse(null);
        List<StoredAlert> recent = alerts.recent(wards, 100);
        model.addAttribute("alerts", recent);
        model.addAttribute("standings", standings.of(recent, caller));
        model.addAttribute("wards", officerWards.writable(caller));
        return "console/inbox";
    }
}
