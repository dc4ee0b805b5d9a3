package vn.canhbao.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.registry.ClusterChange;
import vn.canhbao.gateway.registry.ClusterEditor;
import vn.canhbao.gateway.registry.GroupRepository;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicyRepository;
import vn.canhbao.gateway.security.WardAccess;
import vn.canhbao.gateway.web.BadRequestException;
import vn.canhbao.gateway.web.NotFoundException;

/**
 * A ward: its alert history (each with its CAP XML), its policy, its neighbourhood groups and its loudspeaker
 * clusters, which its officers add, change and remove here.
 */
@Controller
@RequestMapping("/console/wards/{ward}")
class WardPageController {

    private final AlertRepository alerts;
    private final GroupRepository groups;
    private final LoudspeakerClusterRepository clusters;
    private final RecipientRepository recipients;
    private final WardPolicyRepository policies;
    private final ClusterEditor editor;
    private final WardAccess access;
    private final WardDirectory directory;
    private final ConsoleFormat format;

    private final AlertStandings standings;

    WardPageController(
            AlertRepository alerts,
            GroupRepository groups,
            LoudspeakerClusterRepository clusters,
            RecipientRepository recipients,
            WardPolicyRepository policies,
            ClusterEditor editor,
            WardAccess access,
            WardDirectory directory,
            ConsoleFormat format,
            AlertStandings standings) {
        this.standings = standings;
        this.directory = directory;
        this.format = format;
        this.alerts = alerts;
        this.groups = groups;
        this.clusters = clusters;
        this.recipients = recipients;
        this.policies = policies;
        this.editor = editor;
        this.access = access;
    }

    @GetMapping
    String show(@PathVariable String ward, Authentication caller, Model model) {
        if (directory.ward(ward).isEmpty()) {
            throw new NotFoundException("No ward " + ward + " in the 2025 list.");
        }
        access.requireView(caller, ward);
        return page(ward, caller, model, List.of());
    }

    @PostMapping("/clusters")
    String add(
            @PathVariable String ward,
            @ModelAttribute ClusterChange change,
            Authentication caller,
            HttpServletRequest http,
            Model model) {
        return edit(ward, caller, model, actor -> editor.add(ward, change, actor, http.getRemoteAddr()));
    }

    @PostMapping("/clusters/{id}")
    String change(
            @PathVariable String ward,
            @PathVariable UUID id,
            @ModelAttribute ClusterChange change,
            Authentication caller,
            HttpServletRequest http,
            Model model) {
        return edit(ward, caller, model, actor -> editor.change(ward, id, change, actor, http.getRemoteAddr()));
    }

    /** Makes a change as the ward's officer; invalid input comes back on the page with the fields marked. */
    private String edit(String ward, Authentication caller, Model model, Consumer<String> change) {
        access.requireOfficer(caller, ward);
        try {
            change.accept(WardAccess.actor(caller));
        } catch (BadRequestException e) {
            return page(
                    ward, caller, model, e.errors().stream().map(p -> p.path()).toList());
        }
        return "redirect:/console/wards/" + ward + "#clusters";
    }

    @PostMapping("/clusters/{id}/remove")
    String remove(@PathVariable String ward, @PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        access.requireOfficer(caller, ward);
        editor.remove(ward, id, WardAccess.actor(caller), http.getRemoteAddr());
        return "redirect:/console/wards/" + ward + "#clusters";
    }

    private String page(String ward, Authentication caller, Model model, List<String> badFields) {
        model.addAttribute("ward", ward);
        model.addAttribute("title", format.ward(ward));
        List<StoredAlert> history = alerts.recent(List.of(ward), 200);
        model.addAttribute("alerts", history);
        model.addAttribute("standings", standings.of(history, caller));
        model.addAttribute("groups", groups.ofWard(ward));
        model.addAttribute("clusters", clusters.ofWard(ward));
        model.addAttribute("people", recipients.countInWard(ward));
        model.addAttribute("policy", policies.find(ward).orElse(null));
        model.addAttribute("canWrite", access.mayWrite(caller, ward));
        model.addAttribute("badFields", badFields);
        return "console/ward";
    }
}
