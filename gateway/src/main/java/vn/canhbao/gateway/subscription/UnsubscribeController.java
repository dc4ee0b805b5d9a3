package vn.canhbao.gateway.subscription;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.canhbao.gateway.registry.PhoneNumbers;

/**
 * {@code /huy-dang-ky/{token}}, the link in the confirmation SMS. Opening it only asks: messaging apps and link
 * previewers fetch links on their own, and a GET that unsubscribed would take people out of the registry unasked. The
 * POST of its button unsubscribes.
 */
@Controller
class UnsubscribeController {

    private final Subscriptions subscriptions;
    private final MessageSource messages;

    UnsubscribeController(Subscriptions subscriptions, MessageSource messages) {
        this.subscriptions = subscriptions;
        this.messages = messages;
    }

    /** The page's own path, for the language switch. */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @GetMapping("/huy-dang-ky/{token}")
    String ask(@PathVariable String token, Model model, HttpServletResponse response, Locale locale) {
        model.addAttribute("token", token);
        try {
            model.addAttribute("phone", PhoneNumbers.national(subscriptions.unsubscribePhone(token)));
        } catch (SubscriptionRefused refused) {
            refuse(refused, model, response, locale);
        }
        return "public/unsubscribe";
    }

    @PostMapping("/huy-dang-ky/{token}")
    String unsubscribe(
            @PathVariable String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        model.addAttribute("token", token);
        try {
            subscriptions.unsubscribe(token, SubscriptionController.client(request));
            model.addAttribute("done", true);
        } catch (SubscriptionRefused refused) {
            refuse(refused, model, response, locale);
        }
        return "public/unsubscribe";
    }

    private void refuse(SubscriptionRefused refused, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(refused.reason().status().value());
        model.addAttribute("error", refused.message(messages, locale));
    }
}
