package vn.canhbao.gateway.ack;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;

/**
 * The page a leader's confirmation link opens: the warning's headline and one button. Opening the link does not
 * confirm, because chat apps and SMS clients fetch links to preview them; the button does. No sign-in, no session: the
 * signed link is the credential. A tiny page, no script, for a small phone on a slow link.
 */
@Controller
class AckLinkController {

    private final AckLinks links;
    private final LeaderDispatches dispatches;
    private final AckPublisher acks;
    private final WardDirectory wards;

    AckLinkController(AckLinks links, LeaderDispatches dispatches, AckPublisher acks, WardDirectory wards) {
        this.links = links;
        this.dispatches = dispatches;
        this.acks = acks;
        this.wards = wards;
    }

    @GetMapping("/n/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<LeaderDispatch> leader = links.dispatchOf(token).flatMap(dispatches::find);
        if (leader.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("outcome", "unknown");
            return "public/ack";
        }
        fill(leader.get(), token, model);
        if (leader.get().expired()) {
            response.setStatus(410);
            model.addAttribute("outcome", "expired");
        } else {
            model.addAttribute("outcome", dispatches.confirmed(leader.get()) ? "done" : "ask");
        }
        return "public/ack";
    }

    @PostMapping("/n/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<LeaderDispatch> leader = links.dispatchOf(token).flatMap(dispatches::find);
        if (leader.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("outcome", "unknown");
            return "public/ack";
        }
        fill(leader.get(), token, model);
        if (leader.get().expired()) {
            response.setStatus(410);
            model.addAttribute("outcome", "expired");
            return "public/ack";
        }
        acks.receive(leader.get().alertId(), leader.get().recipientId(), Via.LINK, request.getRemoteAddr());
        model.addAttribute("outcome", "done");
        return "public/ack";
    }

    private void fill(LeaderDispatch leader, String token, Model model) {
        model.addAttribute("leader", leader);
        model.addAttribute("token", token);
        model.addAttribute("path", "/n/" + token);
        model.addAttribute(
                "wardName", wards.resolve(leader.wardCode()).map(Ward::name).orElse(leader.wardCode()));
    }
}
