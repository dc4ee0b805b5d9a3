package vn.canhbao.core.cap;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.canhbao.core.alert.CapEnumeration;

/**
 * Writes a {@link CapMessage} as CAP 1.2 XML in UTF-8, in the element order of the schema, whatever version it was
 * read as. The message is validated first, so canhbao never publishes CAP it would itself refuse. An XML signature of
 * a message read in is not copied: it would not match the rewritten document.
 *
 * <p>Instances are stateless and safe to share between threads.
 */
public final class CapWriter {

    private static final String NS = CapVersion.CAP_1_2.namespace();

    private final CapValidator validator = new CapValidator();

    /**
     * The message as a CAP 1.2 document.
     *
     * @throws CapRejectedException when the message is not valid, with every problem found
     */
    public String write(CapMessage message) {
        Document document = toDocument(message);
        List<CapProblem> problems = validator.validate(document.getDocumentElement());
        if (!problems.isEmpty()) {
            throw new CapRejectedException(problems);
        }
        return serialize(document);
    }

    /** The message as a DOM document; absent values are left out, so the validator reports what is missing. */
    static Document toDocument(CapMessage m) {
        Document doc = newDocument();
        Element alert = doc.createElementNS(NS, "alert");
        doc.appendChild(alert);
        add(alert, "identifier", m.identifier());
        add(alert, "sender", m.sender());
        add(alert, "sent", m.sent());
        add(alert, "status", m.status());
        add(alert, "msgType", m.msgType());
        add(alert, "source", m.source());
        add(alert, "scope", m.scope());
        add(alert, "restriction", m.restriction());
        add(alert, "addresses", m.addresses().isEmpty() ? null : CapSyntax.joinQuoted(m.addresses()));
        m.codes().forEach(c -> add(alert, "code", c));
        add(alert, "note", m.note());
        add(
                alert,
                "references",
                m.references().isEmpty()
                        ? null
                        : String.join(
                                " ",
                                m.references().stream()
                                        .map(CapReference::toCapString)
                                        .toList()));
        add(alert, "incidents", m.incidents().isEmpty() ? null : CapSyntax.joinQuoted(m.incidents()));
        m.infos().forEach(i -> info(add(alert, "info"), i));
        return doc;
    }

    private static void info(Element e, CapInfo i) {
        add(e, "language", i.language());
        i.categories().forEach(c -> add(e, "category", c));
        add(e, "event", i.event());
        i.responseTypes().forEach(r -> add(e, "responseType", r));
        add(e, "urgency", i.urgency());
        add(e, "severity", i.severity());
        add(e, "certainty", i.certainty());
        add(e, "audience", i.audience());
        i.eventCodes().forEach(v -> namedValue(add(e, "eventCode"), v));
        add(e, "effective", i.effective());
        add(e, "onset", i.onset());
        add(e, "expires", i.expires());
        add(e, "senderName", i.senderName());
        add(e, "headline", i.headline());
        add(e, "description", i.description());
        add(e, "instruction", i.instruction());
        add(e, "web", i.web());
        add(e, "contact", i.contact());
        i.parameters().forEach(v -> namedValue(add(e, "parameter"), v));
        i.resources().forEach(r -> resource(add(e, "resource"), r));
        i.areas().forEach(a -> area(add(e, "area"), a));
    }

    private static void resource(Element e, CapResource r) {
        add(e, "resourceDesc", r.resourceDesc());
        add(e, "mimeType", r.mimeType());
        add(e, "size", r.size() == null ? null : r.size().toString());
        add(e, "uri", r.uri());
        add(e, "derefUri", r.derefUri());
        add(e, "digest", r.digest());
    }

    private static void area(Element e, CapArea a) {
        add(e, "areaDesc", a.areaDesc());
        a.polygons().forEach(p -> add(e, "polygon", CapSyntax.format(p)));
        a.circles().forEach(c -> add(e, "circle", CapSyntax.format(c)));
        a.geocodes().forEach(g -> namedValue(add(e, "geocode"), g));
        add(e, "altitude", a.altitude() == null ? null : CapSyntax.format(a.altitude()));
        add(e, "ceiling", a.ceiling() == null ? null : CapSyntax.format(a.ceiling()));
    }

    private static void namedValue(Element e, NamedValue v) {
        add(e, "valueName", v.valueName());
        add(e, "value", v.value());
    }

    private static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(child);
        return child;
    }

    private static void add(Element parent, String name, CapEnumeration value) {
        add(parent, name, value == null ? null : value.capValue());
    }

    private static void add(Element parent, String name, OffsetDateTime value) {
        add(parent, name, value == null ? null : CapSyntax.format(value));
    }

    private static void add(Element parent, String name, String text) {
        if (text != null) {
            add(parent, name).setTextContent(text);
        }
    }

    private static Document newDocument() {
        try {
            Document doc = DocumentBuilderFactory.newDefaultInstance()
                    .newDocumentBuilder()
                    .newDocument();
            doc.setXmlStandalone(true);
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK cannot create an XML document", e);
        }
    }

    private static String serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            // The declaration is written by hand: the JDK's transformer puts the root element on its line.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK cannot write an XML document", e);
        }
    }
}
