package vn.canhbao.core.cap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads CAP 1.2 and CAP 1.1 messages safely and validates them. Untrusted input cannot make it read a file or open a
 * connection: DOCTYPE declarations are refused outright, so there are no entities and no DTD, external resources are
 * blocked as well, XInclude is off and the JDK's secure-processing limits apply. Input over {@link #MAX_BYTES} is
 * refused before parsing.
 *
 * <p>Instances are stateless and safe to share between threads.
 */
public final class CapReader {

    /** The largest message accepted, 1 MiB; a CAP message with links to its resources is a few kilobytes. */
    public static final int MAX_BYTES = 1_048_576;

    /** Deep enough for CAP (5 levels) and an XML signature (6 levels under {@code <alert>}). */
    private static final String MAX_ELEMENT_DEPTH = "32";

    private final CapValidator validator = new CapValidator();

    /**
     * Reads and validates one CAP message.
     *
     * @throws CapTooLargeException when {@code xml} is longer than {@link #MAX_BYTES}
     * @throws CapRejectedException when it is not a valid CAP 1.1 or 1.2 message, with every problem found
     */
    public CapMessage read(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw new CapTooLargeException(MAX_BYTES);
        }
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        CapVersion version = version(root).orElseThrow(() -> new CapRejectedException(List.of(rootProblem(root))));
        List<CapProblem> problems = validator.validate(root);
        if (!problems.isEmpty()) {
            throw new CapRejectedException(problems);
        }
        return CapDocumentMapper.message(CapElement.root(root), version);
    }

    /**
     * Reads and validates one CAP message from {@code in}, reading at most {@link #MAX_BYTES} + 1 bytes.
     *
     * @throws CapTooLargeException when the stream holds more than {@link #MAX_BYTES}
     * @throws CapRejectedException when it is not a valid CAP 1.1 or 1.2 message
     * @throws IOException when the stream cannot be read
     */
    public CapMessage read(InputStream in) throws IOException {
        byte[] xml = in.readNBytes(MAX_BYTES + 1);
        if (xml.length > MAX_BYTES) {
            throw new CapTooLargeException(MAX_BYTES);
        }
        return read(xml);
    }

    private static Optional<CapVersion> version(Element root) {
        if (!"alert".equals(root.getLocalName())) {
            return Optional.empty();
        }
        return CapVersion.fromNamespace(root.getNamespaceURI());
    }

    private static CapProblem rootProblem(Element root) {
        if (!"alert".equals(root.getLocalName())) {
            return new CapProblem(
                    "/",
                    "The document's root element is <" + root.getNodeName() + ">, not <alert>: send a CAP message,"
                            + " which starts with <alert xmlns=\"" + CapVersion.CAP_1_2.namespace() + "\">.");
        }
        if (root.getNamespaceURI() == null) {
            return new CapProblem(
                    "/", "The <alert> has no namespace: add xmlns=\"" + CapVersion.CAP_1_2.namespace() + "\" to it.");
        }
        return new CapProblem(
                "/",
                "The <alert> is in the namespace \"" + root.getNamespaceURI() + "\", which canhbao does not read:"
                        + " send CAP 1.2 (" + CapVersion.CAP_1_2.namespace() + ") or CAP 1.1 ("
                        + CapVersion.CAP_1_1.namespace() + ").");
    }

    /** Parses untrusted XML with every protection above; {@link CapSignatureVerifier} reads through it too. */
    static Document parse(byte[] xml) {
        if (xml.length == 0) {
            throw new CapRejectedException(
                    List.of(new CapProblem("/", "The message is empty: send a CAP <alert> document.")));
        }
        try {
            DocumentBuilder builder = newFactory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new Rethrowing());
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new CapRejectedException(List.of(notXml(e)), e);
        } catch (SAXException | IOException e) {
            throw new CapRejectedException(
                    List.of(new CapProblem(
                            "/",
                            "The message could not be read as XML (" + e.getMessage() + "): send a well-formed CAP"
                                    + " <alert> document without a DOCTYPE.")),
                    e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required safety feature", e);
        }
    }

    private static CapProblem notXml(SAXParseException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("DOCTYPE")) {
            return new CapProblem(
                    "/",
                    "The message contains a DOCTYPE declaration, which canhbao refuses because it can make a parser"
                            + " read files or the network: remove the <!DOCTYPE ...> part; CAP needs none.");
        }
        return new CapProblem(
                "/",
                "The message is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                        + ": " + detail + "): fix the XML and send it again.");
    }

    /** A new factory per read: factories are not thread-safe, and the default one needs no service lookup. */
    private static DocumentBuilderFactory newFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // JDK limits (java.xml module docs): no entity can be declared anyway, these bound what remains.
        factory.setAttribute("jdk.xml.entityExpansionLimit", "100");
        factory.setAttribute("jdk.xml.totalEntitySizeLimit", "10000");
        factory.setAttribute("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        return factory;
    }

    /** Turns parser warnings and errors into exceptions, and keeps the parser from printing them to stderr. */
    private static final class Rethrowing implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
