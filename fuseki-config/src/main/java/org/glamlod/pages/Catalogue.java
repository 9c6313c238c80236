package org.glamlod.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphReader;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.glamlod.store.Store;

/**
 * What the pages ask of the store: objects by URI, descriptions of agents, places, sets and concepts from the union
 * of the object graphs, lists of works, full-text search and the collection's facts. Lists are SPARQL over each
 * object's own graph ({@code GRAPH ?o { ?o … }}: an object's graph is named by its URI), so parts of an object (its
 * support is a {@code crm:E22_Human-Made_Object} too) are never listed as objects.
 */
final class Catalogue {
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("crm", CRM.NS).setNsPrefix("la", LA.NS).setNsPrefix("dig", LA.DIG_NS)
            .setNsPrefix("aat", AAT.NS).setNsPrefix("rdf", RDF.getURI()).setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("dc", LA.DC_NS).setNsPrefix("dcterms", LA.DCTERMS_NS).lock();
    private static final String SPARQL_PREFIXES = """
            PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
            PREFIX la: <https://linked.art/ns/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    /** How many literal hits a search considers; results beyond are the least relevant. */
    private static final int TEXT_HITS = 10_000;
    private static final Duration FACTS_LIFETIME = Duration.ofMinutes(1);

    /** Patterns (inside {@code GRAPH ?o}) for the works related to a resource {@code $R}; {@code ?r} ranks them. */
    static final String BY_AGENT = """
            { ?o crm:P108i_was_produced_by/crm:P9_consists_of/crm:P14_carried_out_by $R BIND(0 AS ?r) }
            UNION { ?o crm:P108i_was_produced_by/crm:P9_consists_of/crm:P15_was_influenced_by $R BIND(1 AS ?r) }
            UNION { ?o crm:P52_has_current_owner $R BIND(2 AS ?r) }
            UNION { ?o la:current_permanent_custodian $R BIND(2 AS ?r) }""";
    static final String MADE_AT = "?o crm:P108i_was_produced_by/crm:P7_took_place_at $R .";
    static final String IN_SET = "?o la:member_of $R .";
    static final String WITH_CONCEPT = """
            ?o crm:P2_has_type|crm:P45_consists_of|crm:P65_shows_visual_item/crm:P129_is_about
               |crm:P108i_was_produced_by/crm:P32_used_general_technique
               |crm:P108i_was_produced_by/crm:P9_consists_of/crm:P2_has_type $R .""";
    static final String ALL = "";

    /** One page of a list, and how long the whole list is. */
    record Page(List<String> uris, long total) {}

    /** A named thing with a number of works, for the home page's lists. */
    record Entry(String uri, String label, long count) {}

    /** The collection at a glance. */
    record Facts(long objects, long makers, long images, long openImages, List<Entry> departments,
                 List<Entry> topMakers, List<String> showcase, Instant computed) {}

    private final Store store;
    private final Duration timeout;
    private final UriScheme uris;
    private final ObjectGraphReader reader;
    private volatile Facts facts;

    Catalogue(Store store, UriScheme uris, Duration queryTimeout) {
        this.store = store;
        this.timeout = queryTimeout;
        this.uris = uris;
        this.reader = new ObjectGraphReader(uris);
    }

    UriScheme uris() {
        return uris;
    }

    /** Whether the store has an object by this URI (its graph, describing it). */
    boolean isObject(String uri) {
        String n = NodeFmtLib.strNT(NodeFactory.createURI(uri));
        return store.ask("ASK { GRAPH " + n + " { " + n + " a " + NodeFmtLib.strNT(CRM.E22_Human_Made_Object) + " } }");
    }

    /** When the object with this URI was withdrawn (a complete ingest no longer had it), if it was. */
    Optional<String> withdrawn(String uri) {
        return Optional.ofNullable(store.entries(List.of(uri)).get(uri)).map(Store.Entry::deleted);
    }

    /** The object's own graph, with prefixes for readable Turtle; empty when there is no such object. */
    Graph objectGraph(String uri) {
        Graph g = store.graph(uri);
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        return g;
    }

    HumanMadeObject read(Graph objectGraph, String uri) {
        return reader.read(objectGraph, NodeFactory.createURI(uri));
    }

    /** The object, or empty when the store has none by this URI. */
    Optional<HumanMadeObject> object(String uri) {
        Graph g = store.graph(uri);
        return g.isEmpty() ? Optional.empty() : Optional.of(read(g, uri));
    }

    /**
     * What the object graphs together say about a resource that is not an object (an agent, place, set, concept): its
     * own triples, those of the nodes minted under its URI ({@code {agent}/birth/timespan} …), and the type and label
     * of everything they refer to, as an object's graph describes what it refers to. Empty when nothing mentions it.
     */
    Graph describe(String uri) {
        String own = uri + "/";
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(PREFIXES);
        Set<String> seen = new HashSet<>(List.of(uri));
        List<String> wave = List.of(uri);
        while (!wave.isEmpty()) {
            List<String> next = new ArrayList<>();
            List<String> referenced = new ArrayList<>();
            for (Triple t : triples(wave, "")) {
                out.add(t);
                Node o = t.getObject();
                if (!o.isURI() || !seen.add(o.getURI())) continue;
                (o.getURI().startsWith(own) ? next : referenced).add(o.getURI());
            }
            triples(referenced, "FILTER(?p IN (rdf:type, rdfs:label))").forEach(out::add);
            wave = next;
        }
        return out;
    }

    /** The union graph's triples about these subjects, one query for them all. */
    private List<Triple> triples(List<String> subjects, String filter) {
        if (subjects.isEmpty()) return List.of();
        StringBuilder values = new StringBuilder();
        subjects.forEach(s -> values.append(NodeFmtLib.strNT(NodeFactory.createURI(s))).append(' '));
        return select(SPARQL_PREFIXES + "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { " + values + "} ?s ?p ?o " + filter + " }",
                row -> Triple.create(row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
    }

    /**
     * A page of the works a pattern selects ({@link #BY_AGENT} …, with {@code $R} the resource; null for
     * {@link #ALL}), by rank, then date (undated last), then title.
     */
    Page works(String pattern, String resource, int offset, int limit) {
        String where = "GRAPH ?o { ?o a crm:E22_Human-Made_Object . "
                + (resource == null ? pattern : pattern.replace("$R", NodeFmtLib.strNT(NodeFactory.createURI(resource)))) + " }";
        String list = SPARQL_PREFIXES + """
                SELECT ?o (MIN(?r) AS ?rank) (MIN(?b) AS ?begin) (MIN(?l) AS ?label) WHERE {
                  %s
                  OPTIONAL { GRAPH ?o { ?o crm:P108i_was_produced_by/crm:P4_has_time-span/crm:P82a_begin_of_the_begin ?b } }
                  OPTIONAL { GRAPH ?o { ?o rdfs:label ?l } }
                } GROUP BY ?o ORDER BY ?rank (!BOUND(?begin)) ?begin ?label ?o LIMIT %d OFFSET %d
                """.formatted(where, limit, offset);
        List<String> page = select(list, s -> s.getResource("o").getURI());
        long total = offset == 0 && page.size() < limit ? page.size()
                : count(SPARQL_PREFIXES + "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { " + where + " }");
        return new Page(page, total);
    }

    /**
     * A page of the objects whose text (titles, names, statements, labels) matches a query, best first. The query is
     * Lucene syntax (phrases, {@code AND}, wildcards); when it does not parse, its words are searched as typed.
     */
    Page search(String query, int offset, int limit) {
        try {
            return textSearch(fields(query), offset, limit);
        } catch (TextIndexParseException | Store.StoreException e) {
            // a remote store reports Lucene's parse error as a failed request
            return textSearch(fields(words(query)), offset, limit);
        }
    }

    /** The query's words, each quoted, so that no character or word ("AND", "title:(") is Lucene syntax. */
    static String words(String query) {
        StringBuilder sb = new StringBuilder();
        for (String word : query.strip().split("\\s+")) {
            String term = word.replaceAll("[\\\\\"]", "");
            if (!term.isEmpty()) sb.append(sb.isEmpty() ? "" : " ").append('"').append(term).append('"');
        }
        // nothing left (the query was quotes and backslashes): the empty phrase, which matches nothing
        return sb.isEmpty() ? "\"\"" : sb.toString();
    }

    private static String fields(String query) {
        return "text:(" + query + ") OR label:(" + query + ")";
    }

    private Page textSearch(String lucene, int offset, int limit) {
        String hits = "(?s ?score ?lit ?o) text:query (" + NodeFmtLib.strNT(NodeFactory.createLiteralString(lucene)) + " "
                + TEXT_HITS + ") . GRAPH ?o { ?o a crm:E22_Human-Made_Object }";
        List<String> page = select(SPARQL_PREFIXES + "SELECT ?o (MAX(?score) AS ?best) WHERE { " + hits
                + " } GROUP BY ?o ORDER BY DESC(?best) ?o LIMIT " + limit + " OFFSET " + offset, s -> s.getResource("o").getURI());
        long total = offset == 0 && page.size() < limit ? page.size()
                : count(SPARQL_PREFIXES + "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { " + hits + " }");
        return new Page(page, total);
    }

    /** The collection's facts, computed at most once a minute: counting is a scan, and the home page is busy. */
    Facts facts() {
        Facts f = facts;
        if (f == null || f.computed().plus(FACTS_LIFETIME).isBefore(Instant.now())) {
            f = computeFacts();
            facts = f;
        }
        return f;
    }

    private Facts computeFacts() {
        long objects = count(SPARQL_PREFIXES + "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH ?o { ?o a crm:E22_Human-Made_Object } }");
        long makers = count(SPARQL_PREFIXES + """
                SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?o {
                  ?o crm:P108i_was_produced_by/crm:P9_consists_of/(crm:P14_carried_out_by|crm:P15_was_influenced_by) ?a } }""");
        long[] images = new long[2];
        select(SPARQL_PREFIXES + """
                SELECT (COUNT(DISTINCT ?file) AS ?all) (COUNT(DISTINCT ?open) AS ?free) WHERE { GRAPH ?o {
                  ?o crm:P138i_has_representation/la:digitally_shown_by ?file .
                  OPTIONAL { ?file crm:P104_is_subject_to/crm:P2_has_type ?rights FILTER(%s) BIND(?file AS ?open) } } }"""
                .formatted(Rights.sparqlIsOpen("?rights")), s -> {
            images[0] = s.getLiteral("all").getLong();
            images[1] = s.getLiteral("free").getLong();
            return null;
        });
        List<Entry> departments = select(SPARQL_PREFIXES + """
                SELECT ?set (MIN(?l) AS ?label) (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH ?o {
                  ?o la:member_of ?set . OPTIONAL { ?set rdfs:label ?l } } }
                GROUP BY ?set ORDER BY DESC(?n) ?label""", s -> entry(s, "set"));
        List<Entry> topMakers = select(SPARQL_PREFIXES + """
                SELECT ?a (MIN(?l) AS ?label) (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH ?o {
                  ?o crm:P108i_was_produced_by/crm:P9_consists_of/crm:P14_carried_out_by ?a . OPTIONAL { ?a rdfs:label ?l } } }
                GROUP BY ?a ORDER BY DESC(?n) ?label LIMIT 12""", s -> entry(s, "a"));
        // a few works to look at: ones with an openly licensed image, as the museum most wants those seen
        List<String> showcase = select(SPARQL_PREFIXES + """
                SELECT DISTINCT ?o WHERE { GRAPH ?o {
                  ?o crm:P138i_has_representation/la:digitally_shown_by/crm:P104_is_subject_to/crm:P2_has_type ?rights
                  FILTER(%s) } } ORDER BY ?o LIMIT 8""".formatted(Rights.sparqlIsOpen("?rights")), s -> s.getResource("o").getURI());
        return new Facts(objects, makers, images[0], images[1], departments, topMakers, showcase, Instant.now());
    }

    private static Entry entry(QuerySolution s, String var) {
        String uri = s.getResource(var).getURI();
        String label = s.contains("label") ? s.getLiteral("label").getLexicalForm() : uri;
        return new Entry(uri, label, s.getLiteral("n").getLong());
    }

    private long count(String query) {
        List<Long> n = select(query, s -> s.getLiteral("n").getLong());
        return n.isEmpty() ? 0 : n.get(0);
    }

    private <T> List<T> select(String query, Function<QuerySolution, T> row) {
        return store.select(query, timeout, row);
    }
}
