package org.glamlod.pages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.glamlod.server.ServerContext;
import org.glamlod.server.ServerPart;

/**
 * The linked-data face of the collection: dereferenceable URIs with content negotiation for objects, agents, places,
 * sets and the dataset's own concepts, their HTML pages, the home page and full-text search.
 *
 * <pre>
 * /                         home page: facts, search, departments, makers
 * /search?q=…&amp;page=N         full-text search (no q: every object)
 * /object/{id}[.ext]        an object: HTML, Linked Art JSON-LD, Turtle, N-Triples, RDF/XML (.html .jsonld .ttl .nt .rdf)
 * /agent/{id}[.ext]         a person or group, with their works
 * /place/{id}[.ext]         a place, with the works made there
 * /set/{id}[.ext]           a collection or department, with its works
 * /concept/{path}[.ext]     a concept of the dataset's own vocabulary (attribution qualifiers)
 * /concept?uri=…            works using any concept (an AAT type, material, subject …), as a page
 * /pages/style.css          the pages' stylesheet
 * </pre>
 * These paths are the dataset's URIs with the base URI cut off, whatever the base is, so the server answers for its
 * data even where the base names another host. The SPARQL query UI ({@code /query}), dumps ({@code /dumps}) and
 * the dataset description ({@code /void}) are other parts; pages only link to them.
 */
public final class LinkedDataPart implements ServerPart {
    /** Works per page in lists and search results: divides into rows of 2, 3, 4 and 6 cards. */
    static final int PAGE_SIZE = 24;

    private final Clock clock;
    private final int pageSize;

    public LinkedDataPart() {
        this(Clock.systemUTC());
    }

    /** @param clock what "today" is in a page's "accessed on" citation date */
    public LinkedDataPart(Clock clock) {
        this(clock, PAGE_SIZE);
    }

    LinkedDataPart(Clock clock, int pageSize) {
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public void install(FusekiServer.Builder server, ServerContext context) {
        Pages pages = new Pages(new Catalogue(context.store(), context.uris(), context.queryTimeout()), context.institution(), clock, pageSize);
        // "" is the servlet mapping of the root alone, so other paths stay free for the other parts
        server.addServlet("", new HomeServlet(pages));
        server.addServlet("/search", new SearchServlet(pages));
        for (ResourceServlet.Kind kind : ResourceServlet.Kind.values())
            server.addServlet("/" + kind.segment + "*", new ResourceServlet(kind, pages));
        server.addServlet("/pages/*", new AssetServlet());

        // keep whatever modules the server already has (or would load by default), and add ours
        FusekiModules current = server.fusekiModules();
        List<FusekiModule> modules = new ArrayList<>((current != null ? current : FusekiModules.getSystemModules()).asList());
        modules.add(new EncodedSlashes());
        server.fusekiModules(FusekiModules.create(modules));
    }
}
