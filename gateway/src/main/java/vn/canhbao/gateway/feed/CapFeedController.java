package vn.canhbao.gateway.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.cap.AlertCap;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.alerts.CapDocuments;
import vn.canhbao.gateway.alerts.CapProperties;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.signing.CapSigning;
import vn.canhbao.gateway.web.BadRequestException;
import vn.canhbao.gateway.web.NotFoundException;
import vn.canhbao.gateway.web.WebhookProperties;

/**
 * What canhbao publishes for anyone, without signing in: the Atom feed of issued alerts for aggregators (Google Public
 * Alerts, the WMO Alert Hub), the CAP of each issued alert, and the certificate its CAP is signed with. Drafts are
 * never published. Exercises (diễn tập) are in their own feed ({@code ?status=exercise}), so a drill never reaches an
 * aggregator that follows the real one.
 */
@RestController
class CapFeedController {

    /** Feed size: Google asks for feeds under 900 KB, ideally 100 KB; 100 entries of about 1 KB each. */
    static final int MAX_ENTRIES = 100;

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType CAP = MediaType.parseMediaType(CapAtomFeed.CAP_TYPE + ";charset=UTF-8");

    private final AlertRepository alerts;
    private final CapDocuments documents;
    private final WardDirectory wards;
    private final CapSigning signing;
    private final String sender;
    private final String publicBaseUrl;

    CapFeedController(
            AlertRepository alerts,
            CapDocuments documents,
            WardDirectory wards,
            CapSigning signing,
            CapProperties cap,
            WebhookProperties webhooks) {
        this.alerts = alerts;
        this.documents = documents;
        this.wards = wards;
        this.signing = signing;
        this.sender = cap.sender();
        this.publicBaseUrl = webhooks.publicBaseUrl() == null
                ? null
                : webhooks.publicBaseUrl().toString().replaceAll("/+$", "");
    }

    @GetMapping("/cap/alerts.atom")
    ResponseEntity<String> feed(
            @RequestParam(name = "ward", required = false) String ward,
            @RequestParam(name = "status", defaultValue = "actual") String status,
            HttpServletRequest request) {
        AlertStatus wanted =
                switch (status.strip().toLowerCase(Locale.ROOT)) {
                    case "actual" -> AlertStatus.ACTUAL;
                    case "exercise" -> AlertStatus.EXERCISE;
                    default ->
                        throw new BadRequestException(List.of(new CapProblem(
                                "status",
                                "status must be 'actual' (the default) or 'exercise', not '" + status + "'.")));
                };
        Ward area = null;
        if (ward != null && !ward.isBlank()) {
            area = wards.resolve(ward.strip())
                    .orElseThrow(() -> new BadRequestException(List.of(new CapProblem(
                            "ward",
                            "There is no ward with the code '" + ward + "': give a 5-digit ward code, e.g. 01879."))));
        }
        String base = base();
        List<StoredAlert> issued = alerts.issued(wanted, area == null ? null : area.code(), MAX_ENTRIES);
        List<CapAtomFeed.Entry> entries =
                issued.stream().map(a -> entry(a, base)).toList();
        String title = (wanted == AlertStatus.EXERCISE ? "Diễn tập — " : "") + "Cảnh báo thiên tai"
                + (area == null ? "" : " — " + area.name());
        String self = base
                + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Instant updated = entries.isEmpty() ? Instant.now() : entries.getFirst().updated();
        String xml = CapAtomFeed.write(new CapAtomFeed.Head(self, title, self, sender, updated), entries);
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(CacheControl.noCache())
                .body(xml);
    }

    @GetMapping("/cap/alerts/{id}.xml")
    ResponseEntity<String> cap(@PathVariable String id) {
        StoredAlert stored = parse(id)
                .flatMap(alerts::find)
                .filter(a -> a.state() != AlertState.DRAFT)
                .orElseThrow(() -> new NotFoundException("No issued alert has the id " + id + "."));
        return ResponseEntity.ok().contentType(CAP).body(documents.xml(stored));
    }

    @GetMapping("/cap/signing-certificate.pem")
    ResponseEntity<String> certificate() {
        String pem = signing.certificatePem()
                .orElseThrow(() -> new NotFoundException("This canhbao does not sign its CAP: no key is configured."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(pem);
    }

    private CapAtomFeed.Entry entry(StoredAlert stored, String base) {
        Alert a = stored.alert();
        Optional<Ward> ward = wards.resolve(a.wardCode());
        String place = ward.map(w -> w.name()
                        + wards.province(w.provinceCode())
                                .map(p -> ", " + p.name())
                                .orElse(""))
                .orElse(a.wardCode());
        String kind =
                switch (a.messageType()) {
                    case UPDATE -> "Cập nhật: ";
                    case CANCEL -> "Hủy bỏ: ";
                    default -> "";
                };
        String summary = kind + a.hazard().vietnameseName()
                + a.risk().map(r -> ", cấp độ rủi ro " + r.number()).orElse("") + " — " + place + ". " + a.headline();
        return new CapAtomFeed.Entry(
                AlertCap.identifier(a.id()),
                a.headline(),
                stored.issuedAt(),
                a.sent().toInstant(),
                a.senderName() != null
                        ? a.senderName()
                        : ward.map(w -> "UBND " + w.name()).orElse(sender),
                summary,
                a.hazard().capCategory(),
                capUrl(base, a.id()),
                a.references().stream().map(r -> capUrl(base, r)).toList());
    }

    private static String capUrl(String base, AlertId id) {
        return base + "/cap/alerts/" + id.value() + ".xml";
    }

    private String base() {
        return publicBaseUrl != null
                ? publicBaseUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static Optional<AlertId> parse(String id) {
        try {
            return Optional.of(new AlertId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
