package vn.canhbao.gateway.web;

import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator/health} and its liveness and readiness probes on the service's own port, for load balancers and
 * Kubernetes, while every actuator endpoint, metrics included, lives on the management port
 * ({@code management.server.port}, #15). The answers are the health endpoint's own, for an anonymous caller: the status
 * and the HTTP code it maps to (503 when down), no details.
 */
@RestController
class PublicHealthController {

    private final HealthEndpointWebExtension health;

    PublicHealthController(HealthEndpointWebExtension health) {
        this.health = health;
    }

    @GetMapping("/actuator/health")
    ResponseEntity<HealthDescriptor> health() {
        return answer(health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE));
    }

    @GetMapping("/actuator/health/{probe:liveness|readiness}")
    ResponseEntity<HealthDescriptor> probe(@PathVariable String probe) {
        return answer(health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE, probe));
    }

    private static ResponseEntity<HealthDescriptor> answer(WebEndpointResponse<HealthDescriptor> response) {
        return ResponseEntity.status(response.getStatus())
                .contentType(MediaType.APPLICATION_JSON)
                .body(response.getBody());
    }
}
