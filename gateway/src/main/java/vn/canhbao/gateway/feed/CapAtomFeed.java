package vn.canhbao.gateway.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom (RFC 4287) feed of CAP messages as OASIS "Example Practices: CAP Feeds" and Google Public Alerts describe it:
 * one entry per alert, whose {@code alternate} link is the full CAP message ({@code application/cap+xml}); aggregators
 * read the CAP, the entry only tells them what is new.
 */
final class CapAtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CAP_TYPE = "application/cap+xml";

    /** The feed itself. */
    record Head(String id, String title, String self, String author, Instant updated) {}

    /** One alert: its CAP at {@code capUrl}, and the CAP of the messages it updates or cancels at {@code related}. */
    record Entry(
            String id,
            String title,
            Instant updated,
            Instant published,
            String author,
            String summary,
            String category,
            String capUrl,
            List<String> related) {}

    private CapAtomFeed() {}

    static String write(Head head, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", head.id());
            text(xml, "title", head.title());
            text(xml, "updated", time(head.updated()));
            author(xml, head.author());
            link(xml, "self", "application/atom+xml", head.self());
            text(xml, "generator", "canhbao");
            for (Entry e : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", e.id());
                text(xml, "title", e.title());
                text(xml, "updated", time(e.updated()));
                text(xml, "published", time(e.published()));
                author(xml, e.author());
                text(xml, "summary", e.summary());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", e.category());
                link(xml, "alternate", CAP_TYPE, e.capUrl());
                for (String r : e.related()) {
                    link(xml, "related", CAP_TYPE, r);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the CAP feed", e);
        }
        return out.toString();
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement("author");
        text(xml, "name", name);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** RFC 3339, in UTC: Atom readers need no offset rules. */
    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }
}
