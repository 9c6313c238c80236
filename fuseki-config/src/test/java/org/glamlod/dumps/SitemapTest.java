package org.glamlod.dumps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SitemapTest {
    private static final String ADDRESS = "http://localhost:3030/";
    @TempDir
    Path data;
    private ObjectStore store;

    @BeforeEach
    void load() {
        store = ObjectStore.open(data);
        Samples.load(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void oneUrlPerObjectPage() throws Exception {
        StringWriter out = new StringWriter();
        new Sitemap(store, Samples.URIS).writeRoot(out, ADDRESS);
        Document doc = parse(out.toString());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemap.NS);
        assertThat(locs(doc, "url")).containsExactlyInAnyOrderElementsOf(pages(store.graphNames()));
    }

    @Test
    void pastTheLimitAnIndexPointsAtFilesOfAtMostTheLimit() throws Exception {
        int objects = store.graphNames().size();
        Sitemap sitemap = new Sitemap(store, Samples.URIS, 5);
        StringWriter root = new StringWriter();
        sitemap.writeRoot(root, ADDRESS);
        Document index = parse(root.toString());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        int files = (objects + 4) / 5;
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= files; i++) expected.add(ADDRESS + "sitemaps/" + i + ".xml");
        assertThat(locs(index, "sitemap")).containsExactlyElementsOf(expected);

        List<String> all = new ArrayList<>();
        for (int i = 1; i <= files; i++) {
            StringWriter page = new StringWriter();
            assertThat(sitemap.writePage(i, page, ADDRESS)).isTrue();
            List<String> urls = locs(parse(page.toString()), "url");
            assertThat(urls).hasSizeBetween(1, 5);
            all.addAll(urls);
        }
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(pages(store.graphNames()));
        StringWriter none = new StringWriter();
        assertThat(sitemap.writePage(files + 1, none, ADDRESS)).isFalse();
        assertThat(sitemap.writePage(0, none, ADDRESS)).isFalse();
        assertThat(none.toString()).isEmpty();
    }

    @Test
    void idsKeepTheirPercentEncoding(@TempDir Path other) throws Exception {
        try (ObjectStore s = ObjectStore.open(other)) {
            String uri = Samples.URIS.object("NL-AmRM/lido/RP-F 1994 & co");
            Graph g = GraphFactory.createGraphMem();
            g.add(NodeFactory.createURI(uri), RDFS.label.asNode(), NodeFactory.createLiteralString("x"));
            try (ObjectLoader loader = new ObjectLoader(s, "t", 10)) {
                loader.put(uri, g);
                loader.finish(false);
            }
            StringWriter out = new StringWriter();
            new Sitemap(s, Samples.URIS).writeRoot(out, ADDRESS);
            assertThat(locs(parse(out.toString()), "url"))
                    .containsExactly(ADDRESS + "object/NL-AmRM%2Flido%2FRP-F%201994%20%26%20co");
        }
    }

    private static List<String> pages(List<String> objectUris) {
        String prefix = Samples.URIS.base() + UriScheme.OBJECT;
        return objectUris.stream().map(u -> ADDRESS + UriScheme.OBJECT + u.substring(prefix.length())).toList();
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<String> locs(Document doc, String element) {
        List<String> out = new ArrayList<>();
        var nodes = doc.getElementsByTagNameNS(Sitemap.NS, element);
        for (int i = 0; i < nodes.getLength(); i++)
            out.add(((Element) nodes.item(i)).getElementsByTagNameNS(Sitemap.NS, "loc").item(0).getTextContent());
        return out;
    }
}
