package org.glamlod.dumps;

import java.io.Writer;
import java.util.Iterator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.ObjectStore;

/**
 * The sitemaps.org sitemap of the object pages ({@code {address}object/{id}}): one {@code urlset} at
 * {@code /sitemap.xml} while the objects fit the protocol's 50,000 URLs a file, else a sitemap index there pointing at
 * {@code /sitemaps/1.xml} … of up to 50,000 URLs each. Written straight from the store's graph names, so memory stays
 * constant. There is no {@code lastmod}: the store does not record when an object last changed, and a made-up date
 * would send crawlers to pages that did not change.
 */
final class Sitemap {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit on URLs in one file (its 50 MB limit is far off: object URLs are short). */
    static final int MAX_URLS = 50_000;

    private final ObjectStore store;
    private final UriScheme uris;
    private final int perFile;

    Sitemap(ObjectStore store, UriScheme uris) {
        this(store, uris, MAX_URLS);
    }

    /** With fewer URLs a file than the protocol allows, so tests can see the split. */
    Sitemap(ObjectStore store, UriScheme uris, int perFile) {
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

    /** Page 0 is the root: the only urlset, or the index. Counting and writing see one snapshot of the store. */
    private boolean write(long page, Writer out, String address) throws XMLStreamException {
        Dataset ds = store.dataset();
        ds.begin(ReadWrite.READ);
        try {
            DatasetGraph dsg = ds.asDatasetGraph();
            long objects = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) objects++;
            long files = Math.max(1, (objects + perFile - 1) / perFile);
            if (page > files) return false;
            if (page == 0 && files > 1) {
                XMLStreamWriter xml = start(out, "sitemapindex");
                for (long i = 1; i <= files; i++) element(xml, "sitemap", address + "sitemaps/" + i + ".xml");
                end(xml);
                return true;
            }
            XMLStreamWriter xml = start(out, "urlset");
            String prefix = uris.base() + UriScheme.OBJECT;
            Iterator<Node> it = dsg.listGraphNodes();
            for (long skip = (Math.max(page, 1) - 1) * perFile; skip > 0 && it.hasNext(); skip--) it.next();
            for (int n = 0; n < perFile && it.hasNext(); n++) {
                String uri = it.next().getURI();
                // the page path keeps the id as the URI has it, percent-encoded; graphs outside the URI space have no page
                if (uris.idOf(uri, UriScheme.OBJECT).isPresent())
                    element(xml, "url", address + UriScheme.OBJECT + uri.substring(prefix.length()));
            }
            end(xml);
            return true;
        } finally {
            ds.end();
        }
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
