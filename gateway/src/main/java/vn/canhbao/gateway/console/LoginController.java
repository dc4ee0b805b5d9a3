package vn.canhbao.gateway.console;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's sign-in page: username and password, and a button per OpenID Connect provider when configured. */
@Controller
class LoginController {

    /** A provider to sign in with: its button's label and where the button leads. */
    record Provider(String name, String url) {}

    private final ObjectProvider<InMemoryClientRegistrationRepository> oidc;

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<Provider> providers = new ArrayList<>();
        InMemoryClientRegistrationRepository registrations = oidc.getIfAvailable();
        if (registrations != null) {
            for (ClientRegistration r : registrations) {
                providers.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
        model.addAttribute("providers", providers);
        return "console/login";
    }
}
