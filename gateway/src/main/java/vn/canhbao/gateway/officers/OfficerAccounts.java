package vn.canhbao.gateway.officers;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.security.Officer;
import vn.canhbao.gateway.security.OfficerRepository;
import vn.canhbao.gateway.security.Role;
import vn.canhbao.gateway.security.RoleGrant;
import vn.canhbao.gateway.web.BadRequestException;
import vn.canhbao.gateway.web.ConflictException;
import vn.canhbao.gateway.web.NotFoundException;

/**
 * Adding and changing officers, and their passwords: each change in one transaction with its audit entry, so nothing
 * is half stored and nothing unrecorded. canhbao always keeps an enabled administrator, and an administrator cannot
 * lock themselves out: another one must disable them or take their ADMIN role.
 */
@Service
class OfficerAccounts {

    private final OfficerRepository officers;
    private final OfficerStore store;
    private final OfficerRules rules;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    OfficerAccounts(
            OfficerRepository officers,
            OfficerStore store,
            OfficerRules rules,
            AuditLog audit,
            TransactionTemplate tx) {
        this.officers = officers;
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.tx = tx;
    }

    List<OfficerView> all() {
        return store.all();
    }

    OfficerView find(String username) {
        return store.find(username).orElseThrow(() -> unknown(username));
    }

    OfficerView create(NewOfficer request, String actor, String from) {
        require(rules.newOfficer(request));
        List<RoleGrant> grants = rules.grants(request.roles());
        try {
            tx.executeWithoutResult(status -> {
                if (officers.exists(request.username())) {
                    throw taken(request.username());
                }
                officers.add(request.username(), request.password(), request.displayName(), grants);
                audit.record(
                        actor,
                        "officer.created",
                        request.username(),
                        null,
                        "name: " + request.displayName() + "; roles: " + describe(grants),
                        from);
            });
        } catch (DuplicateKeyException anotherAdministratorWasFirst) {
            throw taken(request.username());
        }
        return find(request.username());
    }

    OfficerView change(String username, OfficerChange change, Officer actor, String from) {
        require(rules.change(change));
        List<RoleGrant> grants = change.roles() == null ? null : rules.grants(change.roles());
        if (actor.username().equals(username)) {
            if (Boolean.FALSE.equals(change.enabled())) {
                throw new ConflictException(
                        "self-disable", "You cannot disable yourself; another administrator can, if it must be done.");
            }
            if (grants != null && grants.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
                throw new ConflictException(
                        "self-admin",
                        "You cannot take the ADMIN role from yourself; another administrator can, if it must be done.");
            }
        }
        tx.executeWithoutResult(status -> {
            store.lockAll();
            if (!officers.exists(username)) {
                throw unknown(username);
            }
            StringJoiner detail = new StringJoiner("; ");
            if (change.displayName() != null) {
                store.setDisplayName(username, change.displayName());
                detail.add("name: " + change.displayName());
            }
            if (change.enabled() != null) {
                store.setEnabled(username, change.enabled());
                detail.add("enabled: " + change.enabled());
            }
            if (grants != null) {
                officers.setGrants(username, grants);
                detail.add("roles: " + describe(grants));
            }
            if (change.touchesAdministrators() && store.enabledAdministrators() == 0) {
                throw new ConflictException(
                        "last-admin",
                        "This would leave canhbao without an enabled administrator, and no one could add or change"
                                + " officers any more; give another officer ADMIN first.");
            }
            audit.record(actor.username(), "officer.changed", username, null, detail.toString(), from);
        });
        return find(username);
    }

    /**
     * Sets an officer's password: an administrator anyone's, an officer their own, giving the current one (which an
     * administrator may leave out). 403 for another's password unless an administrator asks.
     */
    void setPassword(String username, String currentPassword, String password, Officer caller, String from) {
        boolean own = caller.username().equals(username);
        boolean admin = caller.holds(Role.ADMIN);
        if (!own && !admin) {
            throw new AccessDeniedException(
                    "You may change only your own password; an administrator resets other officers' passwords.");
        }
        List<CapProblem> errors = new ArrayList<>(rules.password("password", password));
        if (own && currentPassword == null && !admin) {
            errors.add(new CapProblem("currentPassword", "Give your current password as well."));
        } else if (own && currentPassword != null && !officers.passwordMatches(username, currentPassword)) {
            errors.add(new CapProblem("currentPassword", "This is not your current password."));
        }
        require(errors);
        tx.executeWithoutResult(status -> {
            if (!officers.exists(username)) {
                throw unknown(username);
            }
            officers.setPassword(username, password);
            audit.record(
                    caller.username(),
                    "officer.password",
                    username,
                    null,
                    own ? "changed by the officer" : "reset by an administrator",
                    from);
        });
    }

    private static void require(List<CapProblem> errors) {
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
    }

    private static String describe(List<RoleGrant> grants) {
        return String.join(
                ", ", grants.stream().map(g -> Grant.of(g).toString()).toList());
    }

    private static ConflictException taken(String username) {
        return new ConflictException("username-taken", "There is already an officer " + username + ".");
    }

    private static NotFoundException unknown(String username) {
        return new NotFoundException("There is no officer " + username + ".");
    }
}
