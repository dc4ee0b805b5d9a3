package vn.canhbao.gateway.officers;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.security.Officer;
import vn.canhbao.gateway.security.WardAccess;

/**
 * The officers API: administrators list, add and change officers and reset passwords; every officer changes their own
 * password. The security configuration lets only ADMIN in, except to {@code POST /{username}/password}.
 */
@RestController
@RequestMapping("/api/v1/officers")
class OfficerController {

    /** A new password; {@code currentPassword} is needed to change one's own, unless one is an administrator. */
    record PasswordChange(String currentPassword, String password) {}

    private final OfficerAccounts accounts;

    OfficerController(OfficerAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<OfficerView> all() {
        return accounts.all();
    }

    @GetMapping("/{username}")
    OfficerView one(@PathVariable String username) {
        return accounts.find(username);
    }

    @PostMapping
    ResponseEntity<OfficerView> create(
            @RequestBody NewOfficer request, Authentication caller, HttpServletRequest http) {
        OfficerView created = accounts.create(request, WardAccess.actor(caller), http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/officers/" + created.username()))
                .body(created);
    }

    @PutMapping("/{username}")
    OfficerView change(
            @PathVariable String username,
            @RequestBody OfficerChange change,
            Authentication caller,
            HttpServletRequest http) {
        return accounts.change(username, change, officer(caller), http.getRemoteAddr());
    }

    @PostMapping("/{username}/password")
    ResponseEntity<Void> password(
            @PathVariable String username,
            @RequestBody PasswordChange change,
            Authentication caller,
            HttpServletRequest http) {
        accounts.setPassword(
                username, change.currentPassword(), change.password(), officer(caller), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    private static Officer officer(Authentication caller) {
        return WardAccess.officer(caller)
                .orElseThrow(() -> new AccessDeniedException("Only an officer signed in with a password does this."));
    }
}
