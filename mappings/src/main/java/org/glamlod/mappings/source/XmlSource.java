package org.glamlod.mappings.source;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XML records: StAX walks the document and each record element ({@code {namespace}local}, at any depth, not nested
 * in another record) is built into a DOM of its own, so memory is bounded by one record. Records are located as
 * {@code name#record K (line L)}, L being the line where the record's start tag ends.
 *
 * <p>A record carries the namespace declarations in scope where it stood, so it can be read on its own. Comments
 * and processing instructions are dropped; CDATA becomes text. The encoding is detected by the parser from the
 * byte-order mark and the XML declaration; an encoding the JDK does not know is an error for the file.
 *
 * <p>Security: documents with a DTD are refused before any entity is declared to the parser, so neither external
 * entities (XXE: reading local files or URLs) nor entity expansion (billion laughs) can happen, and no external DTD
 * is fetched.
 *
 * <p>Errors: XML that is not well-formed cannot be resynchronised, so the records before the fault are delivered,
 * then one error with its line and column, and the rest of the file is not read. A file without any record element
 * is reported too: it is nearly always a wrong namespace in the configuration.
 */
final class XmlSource {

    private XmlSource() {}

    static void read(String name, InputStream in, String namespace, String localName,
                     Consumer<? super SourceRecord> records, Consumer<? super ReadError> errors) {
        int count = 0;
        XMLStreamReader reader = null;
        try {
            reader = inputFactory().createXMLStreamReader(in);
            DocumentBuilder dom = documentBuilder();
            Deque<Map<String, String>> scopes = new ArrayDeque<>(); // namespace declarations of the open elements
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> {
                        errors.accept(new ReadError(at(name, reader.getLocation()), "DTDs are not accepted: the document declares one"
                                + " (they can read local files or expand entities without bound); the file is not read"));
                        return;
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (localName.equals(reader.getLocalName()) && namespace.equals(nullToEmpty(reader.getNamespaceURI()))) {
                            int line = reader.getLocation().getLineNumber();
                            Element record = build(reader, dom.newDocument(), inScope(scopes));
                            records.accept(new XmlRecord(name + "#record " + (++count) + " (line " + line + ")", record));
                        } else {
                            scopes.push(declarations(reader));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> scopes.pop();
                    default -> { }
                }
            }
            if (count == 0)
                errors.accept(new ReadError(name, "no record elements {" + namespace + "}" + localName + " in the file"));
        } catch (XMLStreamException e) {
            String where = e.getLocation() != null ? at(name, e.getLocation()) : reader != null ? at(name, reader.getLocation()) : name;
            errors.accept(new ReadError(where, message(e) + "; " + lost(count)));
        } catch (DOMException e) { // not expected from a namespace-well-formed document, but never fatal to the run
            errors.accept(new ReadError(name + "#record " + (count + 1), "cannot build the record: " + e.getMessage() + "; " + lost(count)));
        } finally {
            close(reader);
        }
    }

    /**
     * The DOM of the element the reader is at, read up to its end tag; {@code inherited} declarations that the
     * element does not redeclare are added to it.
     */
    private static Element build(XMLStreamReader reader, Document doc, Map<String, String> inherited) throws XMLStreamException {
        Element root = element(doc, reader);
        inherited.forEach((prefix, uri) -> {
            if (!root.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, prefix.isEmpty() ? "xmlns" : prefix))
                root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, xmlns(prefix), uri);
        });
        doc.appendChild(root);
        Node current = root;
        for (int depth = 1; depth > 0; ) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    current = current.appendChild(element(doc, reader));
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    current = current.getParentNode();
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        current.appendChild(doc.createTextNode(reader.getText()));
                default -> { } // comments and processing instructions are not data
            }
        }
        return root;
    }

    private static Element element(Document doc, XMLStreamReader reader) {
        Element e = doc.createElementNS(emptyToNull(reader.getNamespaceURI()), qualified(reader.getPrefix(), reader.getLocalName()));
        for (int i = 0; i < reader.getNamespaceCount(); i++)
            e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, xmlns(nullToEmpty(reader.getNamespacePrefix(i))),
                    nullToEmpty(reader.getNamespaceURI(i)));
        for (int i = 0; i < reader.getAttributeCount(); i++)
            e.setAttributeNS(emptyToNull(reader.getAttributeNamespace(i)),
                    qualified(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)), reader.getAttributeValue(i));
        return e;
    }

    private static Map<String, String> declarations(XMLStreamReader reader) {
        if (reader.getNamespaceCount() == 0) return Map.of();
        Map<String, String> declared = new LinkedHashMap<>();
        for (int i = 0; i < reader.getNamespaceCount(); i++)
            declared.put(nullToEmpty(reader.getNamespacePrefix(i)), nullToEmpty(reader.getNamespaceURI(i)));
        return declared;
    }

    /** The bindings in force: outer declarations first, so inner ones override them. */
    private static Map<String, String> inScope(Deque<Map<String, String>> scopes) {
        Map<String, String> bindings = new LinkedHashMap<>();
        for (Iterator<Map<String, String>> outward = scopes.descendingIterator(); outward.hasNext(); ) bindings.putAll(outward.next());
        return bindings;
    }

    /**
     * The JDK's own StAX parser (not whichever implementation the classpath brings), configured so that DTDs are
     * reported rather than processed and nothing external is ever resolved.
     */
    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true); // one text node per run of text and CDATA
        return factory;
    }

    /** Only ever used to create empty documents, never to parse; locked down all the same. */
    private static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM builder rejects its own standard features", e);
        }
    }

    /** The parser's message without the JDK's "ParseError at [row,col]" prefix (the locator has it) or final stop. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        m = (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    private static String lost(int recordsRead) {
        return recordsRead == 0 ? "no record is read from the file" : "the file's records after record " + recordsRead + " are not read";
    }

    private static String at(String name, Location location) {
        return location == null || location.getLineNumber() < 0 ? name
                : name + ":" + location.getLineNumber() + ":" + location.getColumnNumber();
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static String xmlns(String prefix) {
        return prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) return;
        try {
            reader.close(); // does not close the underlying stream: the caller owns it
        } catch (XMLStreamException ignored) {
            // nothing was written, and the stream is closed by its owner
        }
    }
}
