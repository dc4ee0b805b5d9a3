package vn.canhbao.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.registry.ClusterChange;
import vn.canhbao.gateway.registry.ClusterEditor;
import vn.canhbao.gateway.registry.GroupRepository;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicyRepository;
import vn.canhbao.gateway.security.WardAccess;
import vn.canhbao.gateway.web.BadRequestException;

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

    WardPageController(
            AlertRepository alerts,
            GroupRepository groups,
            LoudspeakerClusterRepository clusters,
            RecipientRepository recipients,
            WardPolicyRepository policies,
            ClusterEditor editor,
            WardAccess access) {
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
        access.requireView(caller, ward);
        return page(ward, caller, model, List.of());
    }

    @PostMapping("/clusters")
    String add(
            @PathVariable String ward,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String vendorClusterId,
            @RequestParam(required = false) UUID groupId,
            Authentication caller,
            HttpServletRequest http,
            Model model) {
        access.requireOfficer(caller, ward);
        try {
            editor.add(
                    ward,
                    new ClusterChange(name, vendorClusterId, groupId),
                    WardAccess.actor(caller),
                    http.getRemoteAddr());
        } catch (BadRequestException e) {
            return page(
                    ward, caller, model, e.errors().stream().map(p -> p.path()).toList());
        }
        return "redirect:/console/wards/" + ward + "#clusters";
    }

    @PostMapping("/clusters/{id}")
    String change(
            @PathVariable String ward,
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String vendorClusterId,
            @RequestParam(required = false) UUID groupId,
            Authentication caller,
            HttpServletRequest http,
            Model model) {
        access.requireOfficer(caller, ward);
        try {
            editor.change(
                    ward,
                    id,
                    new ClusterChange(name, vendorClusterId, groupId),
                    WardAccess.actor(caller),
                    http.getRemoteAddr());
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
        model.addAttribute("alerts", alerts.recent(List.of(ward), 200));
        model.addAttribute("groups", groups.ofWard(ward));
        model.addAttribute("clusters", clusters.ofWard(ward));
        model.addAttribute("people", recipients.countInWard(ward));
        model.addAttribute("policy", policies.find(ward).orElse(null));
        model.addAttribute("canWrite", access.mayWrite(caller, ward));
        model.addAttribute("badFields", badFields);
        return "console/ward";
    }
}
