package vn.canhbao.gateway.officers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.gateway.security.OfficerRepository;
import vn.canhbao.gateway.security.Role;
import vn.canhbao.gateway.security.RoleGrant;

/**
 * What makes an officer's account valid: a username canhbao can show and log, a password long enough to resist
 * guessing, and roles that name real wards and provinces. Each check returns every problem, with the field it is in.
 */
@Component
class OfficerRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final int MAX_DISPLAY_NAME = 200;
    private static final String ROLES = "WARD_OFFICER, APPROVER, LEADER, PROVINCE_OFFICER or ADMIN";

    private final WardDirectory wards;

    OfficerRules(WardDirectory wards) {
        this.wards = wards;
    }

    List<CapProblem> newOfficer(NewOfficer request) {
        List<CapProblem> errors = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            errors.add(new CapProblem(
                    "username",
                    "Use 3 to 64 lowercase letters, digits, dots, dashes or underscores, e.g. officer.caominh."));
        }
        displayName(request.displayName(), errors);
        errors.addAll(password("password", request.password()));
        roles(request.roles(), errors);
        return errors;
    }

    List<CapProblem> change(OfficerChange change) {
        List<CapProblem> errors = new ArrayList<>();
        if (change.displayName() == null && change.enabled() == null && change.roles() == null) {
            errors.add(new CapProblem("/", "Give what changes: displayName, enabled or roles."));
        }
        if (change.displayName() != null) {
            displayName(change.displayName(), errors);
        }
        if (change.roles() != null) {
            roles(change.roles(), errors);
        }
        return errors;
    }

    List<CapProblem> password(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < OfficerRepository.MIN_PASSWORD) {
            return List.of(new CapProblem(
                    field,
                    "Use at least " + OfficerRepository.MIN_PASSWORD
                            + " characters; a few unrelated words are easier to remember."));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > OfficerRepository.MAX_PASSWORD_BYTES) {
            return List.of(new CapProblem(
                    field,
                    "Use at most " + OfficerRepository.MAX_PASSWORD_BYTES
                            + " bytes (a letter with diacritics takes two or three)."));
        }
        return List.of();
    }

    /** The roles, once {@link #newOfficer} or {@link #change} found nothing wrong with them; each once. */
    List<RoleGrant> grants(List<Grant> roles) {
        return List.copyOf(new LinkedHashSet<>(roles.stream()
                .map(g -> new RoleGrant(Role.valueOf(g.role()), g.ward(), g.province()))
                .toList()));
    }

    private static void displayName(String name, List<CapProblem> errors) {
        if (name == null || name.isBlank() || name.length() > MAX_DISPLAY_NAME) {
            errors.add(new CapProblem(
                    "displayName",
                    "Give the officer's name as the console and the audit log show it, at most " + MAX_DISPLAY_NAME
                            + " characters."));
        }
    }

    private void roles(List<Grant> roles, List<CapProblem> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(new CapProblem("roles", "Give at least one role: " + ROLES + "."));
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            grant("roles[" + i + "]", roles.get(i), errors);
        }
    }

    private void grant(String path, Grant grant, List<CapProblem> errors) {
        Optional<Role> role = grant == null ? Optional.empty() : role(grant.role());
        if (role.isEmpty()) {
            errors.add(new CapProblem(path + ".role", "Give a role: " + ROLES + "."));
            return;
        }
        switch (role.get()) {
            case WARD_OFFICER, APPROVER, LEADER -> {
                if (grant.ward() == null || grant.ward().isBlank()) {
                    errors.add(new CapProblem(
                            path + ".ward", grant.role() + " is held for a ward: give its code, e.g. \"01879\"."));
                } else if (wards.ward(grant.ward()).isEmpty()) {
                    errors.add(new CapProblem(path + ".ward", grant.ward() + " is not a ward code of the 2025 list."));
                }
                if (grant.province() != null) {
                    errors.add(new CapProblem(
                            path + ".province", grant.role() + " is held for a ward; leave the province out."));
                }
            }
            case PROVINCE_OFFICER -> {
                if (grant.province() == null || grant.province().isBlank()) {
                    errors.add(new CapProblem(
                            path + ".province", "PROVINCE_OFFICER is held for a province: give its code."));
                } else if (wards.province(grant.province()).isEmpty()) {
                    errors.add(new CapProblem(
                            path + ".province", grant.province() + " is not a province code of the 2025 list."));
                }
                if (grant.ward() != null) {
                    errors.add(new CapProblem(
                            path + ".ward", "PROVINCE_OFFICER is held for a whole province; leave the ward out."));
                }
            }
            case ADMIN -> {
                if (grant.ward() != null || grant.province() != null) {
                    errors.add(new CapProblem(path, "ADMIN is held everywhere; leave ward and province out."));
                }
            }
            case SYSTEM -> errors.add(new CapProblem(path + ".role", "SYSTEM belongs to API keys, not officers."));
        }
    }

    private static Optional<Role> role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
