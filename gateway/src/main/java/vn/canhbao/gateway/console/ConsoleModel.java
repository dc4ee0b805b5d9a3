package vn.canhbao.gateway.console;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.canhbao.gateway.security.Officer;
import vn.canhbao.gateway.security.WardAccess;

/** What every console page shows in its header: who is signed in. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute("me")
    Officer me(Authentication caller) {
        return WardAccess.officer(caller).orElse(null);
    }
}
