package org.glamlod.dumps;

import java.io.Writer;
import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.Store;

/**
 * The sitemaps.org sitemap of the object pages ({@code {address}object/{id}}): one {@code urlset} at
 * {@code /sitemap.xml} while the objects fit the protocol's 50,000 URLs a file, else a sitemap index there pointing at
 * {@code /sitemaps/1.xml} … of up to 50,000 URLs each. Written from the store's graph names, one file's worth at a
 * time. There is no {@code lastmod}: the store does not record when an object last changed, and a made-up date
 * would send crawlers to pages that did not change.
 */
final class Sitemap {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit on URLs in one file (its 50 MB limit is far off: object URLs are short). */
    static final int MAX_URLS = 50_000;

    /** Listing graph names is quick; a store that takes longer is in trouble, and the crawler can come back. */
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private final Store store;
    private final UriScheme uris;
    private final int perFile;

    Sitemap(Store store, UriScheme uris) {
        this(store, uris, MAX_URLS);
    }

    /** With fewer URLs a file than the protocol allows, so tests can see the split. */
    Sitemap(Store store, UriScheme uris, int perFile) {
        this.store = store;
        this.uris = uris;
        this.perFile = perFile;
    }

    /** {@code /sitemap.xml}: the urlset of every object page, or the index of the {@code /sitemaps/{n}.xml} files. */
    void writeRoot(Writer out, String address) throws XMLStreamException {
        write(0, out, address);
    }

    /** The {@code page}th file (from 1) of object pages; false, writing nothing, when there is no such file. */
    boolean writePage(long page, Writer out, String address) throws XMLStreamException {
        return page >= 1 && write(page, out, address);
    }

    /** Page 0 is the root: the only urlset, or the index. */
    private boolean write(long page, Writer out, String address) throws XMLStreamException {
        List<Long> counted = store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }", TIMEOUT,
                s -> s.getLiteral("n").getLong());
        long objects = counted.isEmpty() ? 0 : counted.get(0);
        long files = Math.max(1, (objects + perFile - 1) / perFile);
        if (page > files) return false;
        if (page == 0 && files > 1) {
            XMLStreamWriter xml = start(out, "sitemapindex");
            for (long i = 1; i <= files; i++) element(xml, "sitemap", address + "sitemaps/" + i + ".xml");
            end(xml);
            return true;
        }
        List<String> names = store.select("SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g LIMIT " + perFile + " OFFSET "
                + (Math.max(page, 1) - 1) * perFile, TIMEOUT, s -> s.getResource("g").getURI());
        XMLStreamWriter xml = start(out, "urlset");
        String prefix = uris.base() + UriScheme.OBJECT;
        for (String uri : names) {
            // the page path keeps the id as the URI has it, percent-encoded; graphs outside the URI space have no page
            if (uris.idOf(uri, UriScheme.OBJECT).isPresent())
                element(xml, "url", address + UriScheme.OBJECT + uri.substring(prefix.length()));
        }
        end(xml);
        return true;
    }

    private static XMLStreamWriter start(Writer out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NS);
        return xml;
    }

    private static void element(XMLStreamWriter xml, String name, String loc) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }
}
