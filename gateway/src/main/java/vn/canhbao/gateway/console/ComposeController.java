package vn.canhbao.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.message.HazardTemplate;
import vn.canhbao.gateway.alerts.AlertAccess;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertService;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.registry.GroupRepository;
import vn.canhbao.gateway.security.WardAccess;
import vn.canhbao.gateway.web.BadRequestException;

/**
 * Writing a warning. A real warning and a drill are two different pages with two different looks, so one is never
 * taken for the other; both start from a hazard template or a blank form, and both end in a draft whose preview the
 * officer reads before issuing.
 */
@Controller
@RequestMapping("/console")
class ComposeController {

    private final AlertAccess alertAccess;
    private final AlertService service;
    private final AlertRepository alerts;
    private final GroupRepository groups;
    private final WardAccess access;
    private final OfficerWards officerWards;
    private final WardDirectory directory;

    ComposeController(
            AlertAccess alertAccess,
            AlertService service,
            AlertRepository alerts,
            GroupRepository groups,
            WardAccess access,
            OfficerWards officerWards,
            WardDirectory directory) {
        this.alertAccess = alertAccess;
        this.service = service;
        this.alerts = alerts;
        this.groups = groups;
        this.access = access;
        this.officerWards = officerWards;
        this.directory = directory;
    }

    @GetMapping("/alerts/new")
    String newAlert(
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) String hazard,
            @RequestParam(required = false) UUID from,
            Authentication caller,
            Model model) {
        if (from != null) {
            return fromAlert(alerts.require(from), caller, model);
        }
        return blank(ward, hazard, false, caller, model);
    }

    /** A new warning that starts from what an upstream bulletin (or an earlier alert) said, for the officer to adapt. */
    private String fromAlert(StoredAlert source, Authentication caller, Model model) {
        access.requireOfficer(caller, source.alert().wardCode());
        Alert a = source.alert();
        ComposeForm form = new ComposeForm(
                a.wardCode(),
                a.hazard().code(),
                a.risk().map(RiskLevel::number).orElse(null),
                a.headline(),
                a.instruction(),
                a.description(),
                null,
                List.of());
        return page(form, false, null, List.of(), caller, model);
    }

    @GetMapping("/exercises/new")
    String newExercise(
            @RequestParam(required = false) String ward,
            @RequestParam(required = false) String hazard,
            Authentication caller,
            Model model) {
        return blank(ward, hazard, true, caller, model);
    }

    @PostMapping("/alerts")
    String draftAlert(@ModelAttribute ComposeForm form, Authentication caller, HttpServletRequest http, Model model) {
        return draft(form, false, caller, http, model);
    }

    @PostMapping("/exercises")
    String draftExercise(
            @ModelAttribute ComposeForm form, Authentication caller, HttpServletRequest http, Model model) {
        return draft(form, true, caller, http, model);
    }

    /** An update of an issued alert starts from what it said. */
    @GetMapping("/alerts/{id}/update")
    String updateForm(@PathVariable UUID id, Authentication caller, Model model) {
        StoredAlert original = alertAccess.write(id, caller);
        Alert a = original.alert();
        ComposeForm form = new ComposeForm(
                a.wardCode(),
                a.hazard().code(),
                a.risk().map(RiskLevel::number).orElse(null),
                a.headline(),
                a.instruction(),
                a.description(),
                null,
                List.of());
        return page(form, a.isExercise(), original, List.of(), caller, model);
    }

    @PostMapping("/alerts/{id}/update")
    String update(
            @PathVariable UUID id,
            @ModelAttribute ComposeForm form,
            Authentication caller,
            HttpServletRequest http,
            Model model) {
        StoredAlert original = alertAccess.write(id, caller);
        try {
            AlertId update = service.draftUpdate(
                    original,
                    form.toNewAlert(original.alert().isExercise()),
                    WardAccess.actor(caller),
                    http.getRemoteAddr());
            return "redirect:/console/alerts/" + update.value();
        } catch (BadRequestException e) {
            return page(form, original.alert().isExercise(), original, fields(e), caller, model);
        }
    }

    private String blank(String ward, String hazard, boolean exercise, Authentication caller, Model model) {
        List<Ward> writable = officerWards.writable(caller);
        String chosenWard =
                ward != null ? ward : writable.size() == 1 ? writable.getFirst().code() : null;
        if (chosenWard != null) {
            access.requireOfficer(caller, chosenWard);
        }
        HazardTemplate template =
                Hazard.fromCode(hazard).flatMap(HazardTemplate::of).orElse(null);
        String place = chosenWard == null
                ? "…"
                : directory.resolve(chosenWard).map(Ward::name).orElse(chosenWard);
        ComposeForm form = template == null
                ? new ComposeForm(chosenWard, hazard, null, null, null, null, null, List.of())
                : new ComposeForm(
                        chosenWard,
                        template.hazard().code(),
                        template.riskLevel(),
                        template.headlineFor(place),
                        template.instruction(),
                        null,
                        null,
                        List.of());
        return page(form, exercise, null, List.of(), caller, model);
    }

    private String draft(
            ComposeForm form, boolean exercise, Authentication caller, HttpServletRequest http, Model model) {
        if (form.ward() != null && !form.ward().isBlank()) {
            access.requireOfficer(caller, form.ward().strip());
        }
        try {
            List<AlertId> ids =
                    service.draft(form.toNewAlert(exercise), WardAccess.actor(caller), http.getRemoteAddr());
            return "redirect:/console/alerts/" + ids.getFirst().value();
        } catch (BadRequestException e) {
            return page(form, exercise, null, fields(e), caller, model);
        }
    }

    private String page(
            ComposeForm form,
            boolean exercise,
            StoredAlert updating,
            List<String> badFields,
            Authentication caller,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("exercise", exercise);
        model.addAttribute("updating", updating);
        model.addAttribute("badFields", badFields);
        model.addAttribute("wards", officerWards.writable(caller));
        model.addAttribute("templates", HazardTemplate.all());
        model.addAttribute("hazards", Arrays.asList(Hazard.values()));
        model.addAttribute("levels", Arrays.asList(RiskLevel.values()));
        model.addAttribute(
                "groups",
                form.ward() == null || directory.resolve(form.ward()).isEmpty()
                        ? List.of()
                        : groups.ofWard(form.ward()));
        return "console/compose";
    }

    private static List<String> fields(BadRequestException e) {
        return e.errors().stream().map(p -> p.path()).distinct().toList();
    }
}
