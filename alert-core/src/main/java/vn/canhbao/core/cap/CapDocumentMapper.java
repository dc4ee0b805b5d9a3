package vn.canhbao.core.cap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import vn.canhbao.core.alert.CapEnumeration;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;

/**
 * Turns a parsed {@code <alert>} that {@link CapValidator} found valid into a {@link CapMessage}. Empty optional
 * elements (such as {@code <note/>}) read as absent.
 */
final class CapDocumentMapper {

    private CapDocumentMapper() {}

    static CapMessage message(CapElement alert, CapVersion version) {
        String references = alert.text("references");
        return new CapMessage(
                alert.text("identifier"),
                alert.text("sender"),
                time(alert, "sent"),
                enumeration(alert, "status", CapStatus.class),
                enumeration(alert, "msgType", CapMessageType.class),
                alert.text("source"),
                enumeration(alert, "scope", CapScope.class),
                alert.text("restriction"),
                CapSyntax.quotedWords(alert.text("addresses")),
                texts(alert.children("code")),
                alert.text("note"),
                CapSyntax.words(references).stream()
                        .map(e -> CapReference.parse(e).orElseThrow())
                        .toList(),
                CapSyntax.quotedWords(alert.text("incidents")),
                alert.children("info").stream().map(CapDocumentMapper::info).toList(),
                version,
                isSigned(alert));
    }

    private static CapInfo info(CapElement info) {
        return new CapInfo(
                info.text("language"),
                info.children("category").stream()
                        .map(c -> value(c, CapCategory.class))
                        .toList(),
                info.text("event"),
                info.children("responseType").stream()
                        .map(r -> value(r, CapResponseType.class))
                        .toList(),
                enumeration(info, "urgency", Urgency.class),
                enumeration(info, "severity", Severity.class),
                enumeration(info, "certainty", Certainty.class),
                info.text("audience"),
                namedValues(info.children("eventCode")),
                time(info, "effective"),
                time(info, "onset"),
                time(info, "expires"),
                info.text("senderName"),
                info.text("headline"),
                info.text("description"),
                info.text("instruction"),
                info.text("web"),
                info.text("contact"),
                namedValues(info.children("parameter")),
                info.children("resource").stream()
                        .map(CapDocumentMapper::resource)
                        .toList(),
                info.children("area").stream().map(CapDocumentMapper::area).toList());
    }

    private static CapResource resource(CapElement r) {
        String size = r.text("size");
        return new CapResource(
                r.text("resourceDesc"),
                r.text("mimeType"),
                size == null ? null : Long.valueOf(size),
                r.text("uri"),
                r.text("derefUri"),
                r.text("digest"));
    }

    private static CapArea area(CapElement a) {
        return new CapArea(
                a.text("areaDesc"),
                a.children("polygon").stream()
                        .map(p -> CapSyntax.polygon(p.text()).orElseThrow())
                        .toList(),
                a.children("circle").stream()
                        .map(c -> CapSyntax.circle(c.text()).orElseThrow())
                        .toList(),
                namedValues(a.children("geocode")),
                decimal(a, "altitude"),
                decimal(a, "ceiling"));
    }

    private static List<NamedValue> namedValues(List<CapElement> elements) {
        return elements.stream()
                .map(e -> new NamedValue(
                        e.text("valueName"),
                        e.child("value").map(CapElement::text).orElse("")))
                .toList();
    }

    private static List<String> texts(List<CapElement> elements) {
        return elements.stream().map(CapElement::text).filter(t -> !t.isEmpty()).toList();
    }

    private static OffsetDateTime time(CapElement parent, String name) {
        String text = parent.text(name);
        return text == null ? null : CapSyntax.dateTime(text).orElseThrow();
    }

    private static Double decimal(CapElement parent, String name) {
        String text = parent.text(name);
        return text == null ? null : Double.valueOf(text);
    }

    private static <E extends Enum<E> & CapEnumeration> E enumeration(CapElement parent, String name, Class<E> type) {
        return parent.child(name).map(e -> value(e, type)).orElse(null);
    }

    private static <E extends Enum<E> & CapEnumeration> E value(CapElement element, Class<E> type) {
        return CapEnumeration.fromCap(type, element.text()).orElseThrow();
    }

    private static boolean isSigned(CapElement alert) {
        Optional<Element> signature = alert.childElements().stream()
                .filter(e -> CapStructure.XMLDSIG_NAMESPACE.equals(e.getNamespaceURI())
                        && "Signature".equals(e.getLocalName()))
                .findFirst();
        return signature.isPresent();
    }
}
