package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.pages.LinkedDataPart;
import org.glamlod.server.ServerContext;
import org.glamlod.store.ObjectLoader;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a browser shows them: headless Chromium renders the home page and object pages from a running server,
 * takes screenshots (kept in {@code tests/target/screenshots/} to look at) and dumps the DOM it built. Skipped where
 * Chromium is not installed.
 */
class PagesBrowserTest {
    @TempDir
    static Path data;
    @TempDir
    static Path scratch;
    private static ObjectStore store;
    private static FusekiServer server;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Chromium.installed(), "headless Chromium is not installed at " + Chromium.BINARY);
        chromium = new Chromium(scratch);
        UriScheme uris = new UriScheme(SampleCollection.BASE_URI);
        ObjectGraphWriter writer = new ObjectGraphWriter(uris);
        store = ObjectStore.open(data);
        try (ObjectLoader loader = new ObjectLoader(store, "samples", 100)) {
            SampleCollection.all().forEach(o -> loader.put(uris.object(o.id()), writer.graph(o)));
            loader.finish(true);
        }
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true);
        new LinkedDataPart().install(builder, new ServerContext(store, uris, data, "Example Museum of Art", Duration.ofSeconds(20), null));
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void theHomePageRenders() throws Exception {
        Path png = screenshot("home", "/", "1280,1600");
        assertNonTrivial(png, 1280, 1600);
        String dom = dumpDom("/");
        assertThat(dom).contains("<h1>Example Museum of Art</h1>").contains("The Night Watch").contains("openly licensed images");
    }

    @Test
    void anObjectPageRendersOnWideAndNarrowScreens() throws Exception {
        assertNonTrivial(screenshot("object-SK-C-5", "/object/SK-C-5", "1280,1600"), 1280, 1600);
        assertNonTrivial(screenshot("object-SK-C-5-phone", "/object/SK-C-5", "390,1600"), 390, 1600);
        String dom = dumpDom("/object/SK-C-5");
        assertThat(dom).contains("<h1 lang=\"en\">The Night Watch</h1>").contains("Image: Public domain")
                .contains("Cite this object").contains("(accessed ");
    }

    @Test
    void markupInATitleRendersAsText() throws Exception {
        assertNonTrivial(screenshot("object-2003.9", "/object/2003.9", "1280,1600"), 1280, 1600);
        String dom = dumpDom("/object/2003.9");
        // the browser's serialised DOM escapes text: markup from the record is text, never elements
        assertThat(dom).contains("&lt;script&gt;alert('x')&lt;/script&gt; Study of a &lt;i&gt;Tree&lt;/i&gt; &amp; Rocks")
                .doesNotContain("<script>alert").doesNotContain("<i>Tree</i>");
    }

    @Test
    void anAgentPageRenders() throws Exception {
        assertNonTrivial(screenshot("agent-rembrandt", "/agent/rembrandt", "1280,1200"), 1280, 1200);
        assertThat(dumpDom("/agent/rembrandt")).contains("<h1>Rembrandt van Rijn</h1>").contains("Head of an Old Man");
    }

    private static Path screenshot(String name, String path, String windowSize) throws Exception {
        return chromium.screenshot(name, url(path), windowSize);
    }

    private static String dumpDom(String path) throws Exception {
        return chromium.dumpDom(url(path));
    }

    private static void assertNonTrivial(Path png, int width, int height) throws IOException {
        Chromium.assertNonTrivial(png, width, height);
    }

    private static String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }
}
