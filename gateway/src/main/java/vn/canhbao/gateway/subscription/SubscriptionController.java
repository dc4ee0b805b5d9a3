package vn.canhbao.gateway.subscription;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.canhbao.core.area.Province;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.registry.PhoneNumbers;
import vn.canhbao.gateway.web.WebhookProperties;

/**
 * The residents' pages, in Vietnamese ({@code ?lang=en} for English), plain HTML forms that work without JavaScript
 * on an old phone: {@code /dang-ky} finds the ward, {@code /dang-ky/{ward}} takes the phone and sends a code,
 * {@code /dang-ky/xac-nhan/{id}} takes the code with the channels and the language. Leaving is
 * {@link UnsubscribeController}.
 */
@Controller
class SubscriptionController {

    private static final int RESULTS = 20;
    private static final int MAX_QUERY = 100;
    private static final String WARD = "{ward:\\d{5}}";

    /**
     * A ward as the page shows it: with its province, so the many wards of one name can be told apart, and whether
     * canhbao serves it yet.
     */
    record Place(String code, String name, String province, boolean served) {}

    private final Subscriptions subscriptions;
    private final WardDirectory wards;
    private final MessageSource messages;
    private final SubscriptionProperties properties;
    private final WebhookProperties webhooks;

    SubscriptionController(
            Subscriptions subscriptions,
            WardDirectory wards,
            MessageSource messages,
            SubscriptionProperties properties,
            WebhookProperties webhooks) {
        this.subscriptions = subscriptions;
        this.wards = wards;
        this.messages = messages;
        this.properties = properties;
        this.webhooks = webhooks;
    }

    /** The page's own path, for the language switch. */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @GetMapping("/dang-ky")
    String findWard(@RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip();
        model.addAttribute("q", q);
        if (!q.isEmpty()) {
            String bounded = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
            List<Ward> found = wards.search(bounded, RESULTS);
            var served = subscriptions.served(found.stream().map(Ward::code).toList());
            model.addAttribute(
                    "results",
                    found.stream().map(w -> place(w, served.contains(w.code()))).toList());
        }
        return "public/ward";
    }

    @GetMapping("/dang-ky/" + WARD)
    String phoneForm(@PathVariable String ward, Model model, HttpServletResponse response) {
        Optional<Ward> found = wards.resolve(ward);
        if (found.isEmpty()) {
            return unknownWard(ward, model, response);
        }
        if (!found.get().code().equals(ward)) {
            // A pre-2025 code: send the person to the ward that absorbed theirs.
            return "redirect:/dang-ky/" + found.get().code();
        }
        if (!subscriptions.serves(found.get())) {
            return notServed(found.get(), model);
        }
        return phonePage(found.get(), "", "", "", null, model);
    }

    @PostMapping("/dang-ky/" + WARD)
    String requestCode(
            @PathVariable String ward,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "") String name,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Optional<Ward> found = wards.ward(ward);
        if (found.isEmpty()) {
            return unknownWard(ward, model, response);
        }
        try {
            UUID id = subscriptions.requestCode(found.get(), phone, group, name, client(request), locale);
            return "redirect:/dang-ky/xac-nhan/" + id;
        } catch (SubscriptionRefused refused) {
            response.setStatus(refused.reason().status().value());
            if (refused.reason() == Refusal.WARD_NOT_SERVED) {
                return notServed(found.get(), model);
            }
            return phonePage(found.get(), phone, group, name, message(refused, locale), model);
        }
    }

    @GetMapping("/dang-ky/xac-nhan/{id}")
    String codeForm(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        Optional<UUID> codeId = uuid(id);
        try {
            PendingCode pending =
                    subscriptions.pending(codeId.orElseThrow(() -> new SubscriptionRefused(Refusal.CODE_UNKNOWN)));
            List<String> defaults = new ArrayList<>();
            subscriptions.offeredChannels().stream()
                    .filter(c -> c == Channel.SMS || c == Channel.ZALO)
                    .forEach(c -> defaults.add(c.name()));
            String language = subscriptions.languages().contains(locale.getLanguage())
                    ? locale.getLanguage()
                    : subscriptions.languages().getFirst();
            return codePage(pending, "", defaults, language, null, model);
        } catch (SubscriptionRefused refused) {
            return codeRefused(codeId, refused, model, response, locale);
        }
    }

    @PostMapping("/dang-ky/xac-nhan/{id}")
    String confirm(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(name = "channel", required = false) List<String> channels,
            @RequestParam(defaultValue = "") String language,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Optional<UUID> codeId = uuid(id);
        List<String> chosen = channels == null ? List.of() : channels;
        try {
            UUID key = codeId.orElseThrow(() -> new SubscriptionRefused(Refusal.CODE_UNKNOWN));
            Subscription done = subscriptions.confirm(key, code, chosen, language, client(request), linkBase(request));
            return "redirect:/dang-ky/da-dang-ky?xa=" + done.wardCode();
        } catch (SubscriptionRefused refused) {
            if (refused.reason().needsNewCode()) {
                return codeRefused(codeId, refused, model, response, locale);
            }
            PendingCode pending;
            try {
                pending = subscriptions.pending(codeId.orElseThrow());
            } catch (SubscriptionRefused meanwhile) {
                return codeRefused(codeId, meanwhile, model, response, locale);
            }
            response.setStatus(refused.reason().status().value());
            return codePage(pending, code, chosen, language, message(refused, locale), model);
        }
    }

    @GetMapping("/dang-ky/da-dang-ky")
    String subscribed(@RequestParam(name = "xa", defaultValue = "") String ward, Model model) {
        Optional<Ward> found = wards.ward(ward);
        if (found.isPresent() && !subscriptions.serves(found.get())) {
            // Only a confirmed subscription links here; a hand-made link must not promise warnings either.
            return notServed(found.get(), model);
        }
        model.addAttribute("place", found.map(this::place).orElse(null));
        return "public/subscribed";
    }

    private String phonePage(Ward ward, String phone, String group, String name, String error, Model model) {
        model.addAttribute("place", place(ward));
        model.addAttribute("groups", subscriptions.groupsOf(ward));
        model.addAttribute("phone", phone);
        model.addAttribute("group", group);
        model.addAttribute("name", name);
        model.addAttribute("error", error);
        return "public/phone";
    }

    /** The ward is not served: said plainly, with no form that would promise warnings. */
    private String notServed(Ward ward, Model model) {
        model.addAttribute("place", place(ward));
        return "public/not-served";
    }

    private String codePage(
            PendingCode pending, String code, List<String> chosen, String language, String error, Model model) {
        List<String> slots = new ArrayList<>(chosen);
        int choices = subscriptions.offeredChannels().size();
        while (slots.size() < choices) {
            slots.add("");
        }
        model.addAttribute("id", pending.id());
        model.addAttribute(
                "place", wards.ward(pending.wardCode()).map(this::place).orElseThrow());
        model.addAttribute("phone", PhoneNumbers.national(pending.phone()));
        model.addAttribute("code", code);
        model.addAttribute("offered", subscriptions.offeredChannels());
        model.addAttribute("chosen", slots.subList(0, choices));
        model.addAttribute("languages", subscriptions.languages());
        model.addAttribute("language", language);
        model.addAttribute("minutes", properties.codeValidity().toMinutes());
        model.addAttribute("error", error);
        return "public/code";
    }

    private String codeRefused(
            Optional<UUID> codeId,
            SubscriptionRefused refused,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        response.setStatus(refused.reason().status().value());
        model.addAttribute("error", message(refused, locale));
        model.addAttribute("ward", codeId.flatMap(subscriptions::wardOf).orElse(null));
        return "public/code-refused";
    }

    private String unknownWard(String ward, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("q", "");
        model.addAttribute("unknown", ward);
        return "public/ward";
    }

    private Place place(Ward ward) {
        return place(ward, subscriptions.serves(ward));
    }

    private Place place(Ward ward, boolean served) {
        return new Place(
                ward.code(),
                ward.name(),
                wards.province(ward.provinceCode()).map(Province::name).orElse(""),
                served);
    }

    private String message(SubscriptionRefused refused, Locale locale) {
        return refused.message(messages, locale);
    }

    /** Where residents reach canhbao, for the unsubscribe link. */
    private String linkBase(HttpServletRequest request) {
        String base = properties.linkBaseUrl() != null
                ? properties.linkBaseUrl().toString()
                : webhooks.publicBaseUrl() != null
                        ? webhooks.publicBaseUrl().toString()
                        : ServletUriComponentsBuilder.fromContextPath(request).toUriString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The client's address as the server sees it: behind a proxy, only with forwarded headers trusted. */
    static String client(HttpServletRequest request) {
        String addr = request.getRemoteAddr();
        return addr.length() > 64 ? addr.substring(0, 64) : addr;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
