package vn.canhbao.gateway.authenticity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /xac-minh}: the public page where anyone checks the code printed in a warning. One plain form (a GET, so a
 * link {@code /xac-minh?ma=K7M2QX} answers at once), no JavaScript, a few kilobytes; Vietnamese, {@code ?lang=en}
 * for English.
 */
@Controller
class VerifyPageController {

    private final CodeChecks checks;
    private final MessageSource messages;

    VerifyPageController(CodeChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    @GetMapping("/xac-minh")
    String page(
            @RequestParam(name = "ma", required = false) String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        model.addAttribute("path", "/xac-minh");
        if (code == null || code.isBlank()) {
            return "public/verify";
        }
        model.addAttribute("code", AlertCodes.normalise(code));
        switch (checks.check(code, request.getRemoteAddr())) {
            case CodeChecks.Outcome.Genuine g -> {
                model.addAttribute("alert", g.alert());
                model.addAttribute("issued", time(g.alert().issuedAt(), locale));
                model.addAttribute("expires", time(g.alert().expires(), locale));
            }
            case CodeChecks.Outcome.Unknown u -> {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("unknown", true);
            }
            case CodeChecks.Outcome.Limited l -> {
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(l.retryAfterSeconds()));
                model.addAttribute(
                        "error", messages.getMessage("verify.limited", new Object[] {l.retryAfterSeconds()}, locale));
            }
        }
        return "public/verify";
    }

    private String time(OffsetDateTime t, Locale locale) {
        if (t == null) {
            return null;
        }
        return DateTimeFormatter.ofPattern(messages.getMessage("verify.time-format", null, locale), locale)
                .format(t.atZoneSameInstant(AlertCodes.VIETNAM));
    }
}
