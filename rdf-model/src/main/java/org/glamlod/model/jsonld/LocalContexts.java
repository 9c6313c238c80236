package org.glamlod.model.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Parses JSON-LD that names the Linked Art context ({@value LinkedArtJson#CONTEXT_URL}) without the network: the
 * context URL is served from a local copy, and any other remote context fails instead of being fetched (a parse must
 * not depend on, nor be slowed by, linked.art being reachable).
 */
public final class LocalContexts {
    private static final LocalContexts BUNDLED = load(LinkedArtJson.class.getResourceAsStream(LinkedArtJson.CONTEXT_RESOURCE));

    private final JsonStructure context;

    private LocalContexts(JsonStructure context) {
        this.context = context;
    }

    /** The Linked Art context URL served from the project's bundled context. */
    public static LocalContexts linkedArt() {
        return BUNDLED;
    }

    /** The Linked Art context URL served from another file, e.g. the official context. */
    public static LocalContexts linkedArt(Path contextFile) {
        try {
            return load(Files.newInputStream(contextFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalContexts load(InputStream in) {
        try (in) {
            return new LocalContexts(JsonDocument.of(in).getJsonContent().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalArgumentException("not a JSON-LD context: " + e.getMessage(), e);
        }
    }

    /** Streams the triples of a JSON-LD document; malformed input throws {@link org.apache.jena.riot.RiotException}. */
    public void parse(InputStream jsonld, StreamRDF out) {
        // new options per parse: Jena sets the base URI on the options object it is handed
        JsonLdOptions options = new JsonLdOptions(this::load);
        RDFParser.source(jsonld).lang(Lang.JSONLD)
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options))
                .parse(out);
    }

    /** The graph of a JSON-LD document. */
    public Graph parse(String jsonld) {
        Graph g = GraphFactory.createDefaultGraph();
        parse(new ByteArrayInputStream(jsonld.getBytes(StandardCharsets.UTF_8)), StreamRDFLib.graph(g));
        return g;
    }

    private Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!url.toString().equals(LinkedArtJson.CONTEXT_URL))
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "no local copy of " + url + ", and remote contexts are not fetched");
        // the parsed JSON is immutable and shared; the document around it is mutable (its URL), so one per load
        JsonDocument doc = JsonDocument.of(MediaType.JSON_LD, context);
        doc.setDocumentUrl(url);
        return doc;
    }
}
