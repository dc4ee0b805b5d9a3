package vn.canhbao.core.cap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The element structure of CAP 1.1 and 1.2: which children each element may have and which of them may repeat.
 * Reports unknown elements, elements from other namespaces (except an XML signature on {@code <alert>}), repeated
 * single elements and markup inside text elements. Element order is not checked; the writer puts it right.
 */
final class CapStructure {

    static final String XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private record Shape(Set<String> single, Set<String> repeated) {
        boolean allows(String name) {
            return single.contains(name) || repeated.contains(name);
        }
    }

    private static final Shape NAMED_VALUE = new Shape(Set.of("valueName", "value"), Set.of());

    private static final Map<String, Shape> SHAPES = Map.of(
            "alert",
            new Shape(
                    Set.of(
                            "identifier",
                            "sender",
                            "sent",
                            "status",
                            "msgType",
                            "source",
                            "scope",
                            "restriction",
                            "addresses",
                            "note",
                            "references",
                            "incidents"),
                    Set.of("code", "info")),
            "info",
            new Shape(
                    Set.of(
                            "language",
                            "event",
                            "urgency",
                            "severity",
                            "certainty",
                            "audience",
                            "effective",
                            "onset",
                            "expires",
                            "senderName",
                            "headline",
                            "description",
                            "instruction",
                            "web",
                            "contact"),
                    Set.of("category", "responseType", "eventCode", "parameter", "resource", "area")),
            "resource",
            new Shape(Set.of("resourceDesc", "mimeType", "size", "uri", "derefUri", "digest"), Set.of()),
            "area",
            new Shape(Set.of("areaDesc", "altitude", "ceiling"), Set.of("polygon", "circle", "geocode")),
            "eventCode",
            NAMED_VALUE,
            "parameter",
            NAMED_VALUE,
            "geocode",
            NAMED_VALUE);

    private CapStructure() {}

    static void check(CapElement element, List<CapProblem> out) {
        Shape shape = SHAPES.get(element.name());
        Map<String, Integer> seen = new HashMap<>();
        for (Element child : element.childElements()) {
            String name = child.getLocalName();
            if (!element.isCap(child)) {
                if (!(element.name().equals("alert")
                        && XMLDSIG_NAMESPACE.equals(child.getNamespaceURI())
                        && "Signature".equals(name))) {
                    out.add(new CapProblem(
                            element.childPath(child.getNodeName()),
                            "The element <" + child.getNodeName() + "> from namespace \"" + child.getNamespaceURI()
                                    + "\" is not part of CAP: remove it (only an XML signature may be added to"
                                    + " <alert>)."));
                }
                continue;
            }
            int count = seen.merge(name, 1, Integer::sum);
            if (shape == null) {
                out.add(new CapProblem(
                        element.path(),
                        "The <" + element.name() + "> contains the element <" + name + ">, but CAP allows only text "
                                + "here: write markup escaped (&lt;b&gt;) or remove it."));
                continue;
            }
            if (!shape.allows(name)) {
                out.add(new CapProblem(
                        element.childPath(name),
                        "The element <" + name + "> is not allowed in <" + element.name() + ">: remove it or check "
                                + "its spelling (CAP element names are case-sensitive)."));
                continue;
            }
            boolean repeated = shape.repeated().contains(name);
            if (!repeated && count == 2) {
                out.add(new CapProblem(
                        element.childPath(name),
                        "The element <" + name + "> appears more than once in <" + element.name() + ">, but CAP "
                                + "allows it once: keep one."));
            }
            String path = repeated ? element.childPath(name) + "[" + count + "]" : element.childPath(name);
            if (count == 1 || repeated) {
                check(new CapElement(child, path), out);
            }
        }
    }
}
