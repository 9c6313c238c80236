package org.glamlod.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.glamlod.model.Agent;
import org.glamlod.model.Place;
import org.glamlod.model.jsonld.LinkedArtJson;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;

/**
 * Dereferences the dataset's URIs of one kind under this server's path ({@code /object/{id}} for
 * {@code {base}object/{id}}, whatever the base): the page for browsers, RDF for software, by the Accept header or by
 * extension ({@code /object/SK-C-5.ttl}).
 * <ul>
 *   <li>The URI answers 200 with the chosen representation, {@code Vary: Accept}, and {@code Content-Location} naming
 *       the format's own URL (no 303 round trip: Linked Art's API, Getty's and Yale's resolvers serve the record
 *       directly, and every RDF client follows either).</li>
 *   <li>An Accept header naming none of the formats gets 406 and the list of formats, rather than a page the client
 *       said it cannot use; no Accept header, or {@code *}{@code /*}, gets the page.</li>
 *   <li>Ids are compared in the canonical percent-encoding; another spelling of the same id is redirected (301).</li>
 *   <li>An id that is itself a resource wins over an extension: {@code /object/a.ttl} is object "a.ttl" if the
 *       collection has one, else object "a" as Turtle.</li>
 *   <li>Unknown ids are 404; objects a complete ingest removed are 410 Gone.</li>
 * </ul>
 */
final class ResourceServlet extends HttpServlet {
    /** The kinds of resource, by the path segment the URI scheme gives them. */
    enum Kind {
        OBJECT(UriScheme.OBJECT, UriScheme::object),
        AGENT(UriScheme.AGENT, UriScheme::agent),
        PLACE(UriScheme.PLACE, UriScheme::place),
        SET(UriScheme.SET, UriScheme::set),
        CONCEPT(UriScheme.CONCEPT, UriScheme::concept);

        final String segment;
        private final BiFunction<UriScheme, String, String> mint;

        Kind(String segment, BiFunction<UriScheme, String, String> mint) {
            this.segment = segment;
            this.mint = mint;
        }

        String noun() {
            return this == SET ? "collection" : name().toLowerCase(Locale.ROOT);
        }
    }

    /** A resource a path may name: its canonical URI, and the extension that asked for a format (or null). */
    private record Candidate(String uri, String extension) {}

    private final Kind kind;
    private final Pages pages;

    ResourceServlet(Kind kind, Pages pages) {
        this.kind = kind;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the raw path, not getPathInfo(): ids may hold an encoded slash (%2F), which the decoded path would lose
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String prefix = "/" + kind.segment;
        if (kind == Kind.CONCEPT && req.getParameter("uri") != null && (path.endsWith("/") ? path : path + "/").equals(prefix)) {
            conceptByUri(req, resp, req.getParameter("uri"));
            return;
        }
        String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        // the whole rest as an id first, then without a format extension
        List<Candidate> candidates = new ArrayList<>();
        canonicalUri(rest).ifPresent(u -> candidates.add(new Candidate(u, null)));
        int dot = rest.lastIndexOf('.');
        if (dot > 0 && Format.byExtension(rest.substring(dot + 1)).isPresent())
            canonicalUri(rest.substring(0, dot)).ifPresent(u -> candidates.add(new Candidate(u, rest.substring(dot + 1))));
        Candidate found = null;
        Graph graph = null;
        for (Candidate c : candidates) {
            graph = load(c.uri);
            if (graph != null) {
                found = c;
                break;
            }
        }
        if (found == null) {
            missing(req, resp, candidates);
            return;
        }
        Links links = pages.site(req).links();
        String canonicalPath = links.local(found.uri) + (found.extension != null ? "." + found.extension : "");
        if (!canonicalPath.equals(path)) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", canonicalPath + (req.getQueryString() != null ? "?" + req.getQueryString() : ""));
            return;
        }
        serve(req, resp, links, found.uri, graph, found.extension == null ? null : Format.byExtension(found.extension).orElseThrow());
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, Links links, String uri, Graph graph, Format requested)
            throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Link", alternates(links, uri));
        Format format = requested;
        if (format == null) {
            // the page also follows Accept-Language (which title comes first), so caches must key on both
            resp.setHeader("Vary", "Accept, Accept-Language");
            Optional<Format> chosen = Conneg.choose(req.getHeader("Accept"), List.of(Format.values()));
            if (chosen.isEmpty()) {
                notAcceptable(resp, links, uri);
                return;
            }
            format = chosen.get();
            resp.setHeader("Content-Location", links.format(uri, format));
        } else if (format == Format.HTML) {
            resp.setHeader("Vary", "Accept-Language");
        }
        if (format == Format.HTML) Pages.html(resp, 200, page(req, uri, graph));
        else rdf(resp, format, uri, graph);
    }

    /** The URI a path's id stands for, in the canonical encoding; empty when it is not an id of this kind. */
    private Optional<String> canonicalUri(String encoded) {
        if (encoded.isEmpty()) return Optional.empty();
        UriScheme uris = pages.catalogue.uris();
        String candidate = uris.base() + kind.segment + encoded;
        try {
            return kind == Kind.CONCEPT ? uris.conceptPath(candidate).filter(p -> !p.isEmpty()).map(uris::concept)
                    : uris.idOf(candidate, kind.segment).map(id -> kind.mint.apply(uris, id));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed percent-escape: no id of ours
        }
    }

    /** The graph to serve for a URI (the object's own graph, or a description), or null when there is no such resource. */
    private Graph load(String uri) {
        Catalogue catalogue = pages.catalogue;
        if (kind == Kind.OBJECT) return catalogue.isObject(uri) ? catalogue.objectGraph(uri) : null;
        Graph g = catalogue.describe(uri);
        Node n = NodeFactory.createURI(uri);
        boolean right = switch (kind) {
            case AGENT -> g.contains(n, RDF.type.asNode(), CRM.E21_Person) || g.contains(n, RDF.type.asNode(), CRM.E74_Group);
            case PLACE -> g.contains(n, RDF.type.asNode(), CRM.E53_Place);
            case SET -> g.contains(n, RDF.type.asNode(), LA.Set);
            default -> !g.isEmpty();
        };
        return right ? g : null;
    }

    private String page(HttpServletRequest req, String uri, Graph graph) {
        Layout.Site site = pages.site(req);
        Catalogue catalogue = pages.catalogue;
        Descriptions d = new Descriptions(graph);
        int page = Pages.page(req);
        int size = site.pageSize();
        int offset = (page - 1) * size;
        String base = site.links().local(uri);
        return switch (kind) {
            case OBJECT -> ObjectPage.render(site, catalogue.read(graph, uri), uri, Pages.languages(req), pages.today());
            case AGENT -> {
                Agent a = d.agent(uri, catalogue.uris());
                Catalogue.Page works = catalogue.works(Catalogue.BY_AGENT, uri, offset, size);
                yield AgentPage.render(site, a, uri, works, Cards.load(catalogue, works.uris()), page);
            }
            case PLACE -> {
                Place p = d.place(uri, catalogue.uris());
                Catalogue.Page works = catalogue.works(Catalogue.MADE_AT, uri, offset, size);
                yield ListPage.render(site, "Place", p.label(), uri, true, p.equivalents(), works,
                        Cards.load(catalogue, works.uris()), page, base);
            }
            case SET -> list(site, "Collection", Catalogue.IN_SET, uri, d, page, base);
            case CONCEPT -> list(site, "Concept", Catalogue.WITH_CONCEPT, uri, d, page, base);
        };
    }

    private String list(Layout.Site site, String noun, String pattern, String uri, Descriptions d, int page, String base) {
        Catalogue catalogue = pages.catalogue;
        Catalogue.Page works = catalogue.works(pattern, uri, (page - 1) * site.pageSize(), site.pageSize());
        return ListPage.render(site, noun, d.label(uri).orElse(uri), uri, true,
                d.equivalents(NodeFactory.createURI(uri)), works, Cards.load(catalogue, works.uris()), page, base);
    }

    /**
     * A page for a concept of another vocabulary (an AAT type, material, subject …) by its URI: the works that use it.
     * Only a page: the concept's data is its vocabulary's to serve.
     */
    private void conceptByUri(HttpServletRequest req, HttpServletResponse resp, String uri) throws IOException {
        Layout.Site site = pages.site(req);
        String local = site.links().local(uri);
        if (local != null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", local);
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (Conneg.choose(req.getHeader("Accept"), List.of(Format.HTML)).isEmpty()) {
            Pages.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: this page is only available as text/html.");
            return;
        }
        Graph g = Html.safeUrl(uri) == null ? null : pages.catalogue.describe(uri);
        if (g == null || g.isEmpty()) {
            missing(req, resp, List.of());
            return;
        }
        Descriptions d = new Descriptions(g);
        int page = Pages.page(req);
        Catalogue.Page works = pages.catalogue.works(Catalogue.WITH_CONCEPT, uri, (page - 1) * site.pageSize(), site.pageSize());
        Pages.html(resp, 200, ListPage.render(site, "Concept", d.label(uri).orElse(uri), uri, false, List.of(uri),
                works, Cards.load(pages.catalogue, works.uris()), page, site.links().concept(uri)));
    }

    private void rdf(HttpServletResponse resp, Format format, String uri, Graph graph) throws IOException {
        if (format == Format.JSONLD && kind == Kind.OBJECT) {
            resp.setContentType(Format.LINKED_ART_MEDIA_TYPE);
            Pages.write(resp, LinkedArtJson.toJsonString(graph, NodeFactory.createURI(uri)));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, graph, switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            default -> RDFFormat.JSONLD11_PRETTY;
        });
        resp.setContentType(format == Format.JSONLD ? format.mediaType : format.mediaType + ";charset=utf-8");
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }

    private void missing(HttpServletRequest req, HttpServletResponse resp, List<Candidate> candidates) throws IOException {
        Optional<String> withdrawn = kind != Kind.OBJECT ? Optional.empty()
                : candidates.stream().flatMap(c -> pages.catalogue.withdrawn(c.uri).stream()).findFirst();
        int status = withdrawn.isPresent() ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND;
        String title = withdrawn.isPresent() ? "Withdrawn" : "Not found";
        String message = withdrawn.isPresent()
                ? "This object was removed from the online collection on " + withdrawn.get().substring(0, Math.min(10, withdrawn.get().length()))
                  + ". Its address stays reserved for it."
                : "The collection has no " + kind.noun() + " at this address. It may have been mistyped, or the record is not published.";
        if (Conneg.choose(req.getHeader("Accept"), List.of(Format.HTML)).isPresent())
            Pages.html(resp, status, ErrorPage.render(pages.site(req), title, message));
        else Pages.text(resp, status, title + ": " + message);
    }

    private static void notAcceptable(HttpServletResponse resp, Links links, String uri) throws IOException {
        StringBuilder sb = new StringBuilder("Not acceptable: this resource is available as");
        for (Format f : Format.values()) sb.append("\n  ").append(f.mediaType).append("  ").append(links.format(uri, f));
        Pages.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, sb.toString());
    }

    private static String alternates(Links links, String uri) {
        StringJoiner j = new StringJoiner(", ");
        for (Format f : Format.values())
            j.add("<" + links.format(uri, f) + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"");
        return j.toString();
    }
}
