package vn.canhbao.core.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A CAP element of a parsed document with its location, so that every problem names where it is. Children are
 * looked up by local name in the element's own (CAP) namespace.
 */
record CapElement(Element element, String path) {

    static CapElement root(Element alert) {
        return new CapElement(alert, "/alert");
    }

    String name() {
        return element.getLocalName();
    }

    /** All children named {@code name}, with 1-based indexed paths such as {@code /alert/info[2]}. */
    List<CapElement> children(String name) {
        List<CapElement> out = new ArrayList<>();
        for (Element e : childElements()) {
            if (isCap(e) && name.equals(e.getLocalName())) {
                out.add(new CapElement(e, path + "/" + name + "[" + (out.size() + 1) + "]"));
            }
        }
        return out;
    }

    /** The first child named {@code name}, with an unindexed path, for elements CAP allows once. */
    Optional<CapElement> child(String name) {
        for (Element e : childElements()) {
            if (isCap(e) && name.equals(e.getLocalName())) {
                return Optional.of(new CapElement(e, childPath(name)));
            }
        }
        return Optional.empty();
    }

    /** The trimmed text of child {@code name}, or null when it is absent or empty. */
    String text(String name) {
        return child(name).map(CapElement::text).filter(t -> !t.isEmpty()).orElse(null);
    }

    String text() {
        return element.getTextContent().strip();
    }

    String childPath(String name) {
        return path + "/" + name;
    }

    List<Element> childElements() {
        List<Element> out = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    boolean isCap(Element e) {
        String ns = element.getNamespaceURI();
        return ns != null && ns.equals(e.getNamespaceURI());
    }
}
