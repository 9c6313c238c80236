package org.glamlod.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.glamlod.model.Concept;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.jsonld.LocalContexts;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.AAT;
import org.glamlod.model.vocab.CRM;
import org.glamlod.model.vocab.LA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The linked-data part on a real server: content negotiation, pages, search, over the sample collection. */
class LinkedDataPartTest {
    static final String BASE = SampleCollection.BASE_URI;
    static final String NIGHT_WATCH = BASE + "object/SK-C-5";
    static final String REMBRANDT = BASE + "agent/rembrandt";
    /** An id with slashes, as LIDO record ids have: its URI holds %2F. */
    static final String SLASH_ID = "NL-AmRM/lido/RP-F-1";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC);
    static final int PAGE_SIZE = 4;

    @TempDir
    static Path data;
    static PagesServer s;

    @BeforeAll
    static void start() {
        List<HumanMadeObject> samples = SampleCollection.all();
        List<HumanMadeObject> withoutSparse = samples.stream().filter(o -> !o.id().equals(SampleCollection.sparse().id())).toList();
        HumanMadeObject slashed = HumanMadeObject.builder(SLASH_ID).identifier(Identifier.accession("RP-F-1"))
                .title("Canal in the rain", "en").classification(Concept.of(AAT.NS + "300046300", "photographs")).build();
        s = PagesServer.start(data, BASE, CLOCK, PAGE_SIZE,
                new PagesServer.Batch("samples", samples, true),
                new PagesServer.Batch("lido", List.of(slashed), false),
                // the sample collection again without its sparse record: that one is withdrawn (a tombstone)
                new PagesServer.Batch("samples", withoutSparse, true));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    // --- content negotiation -------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html | text/html | html",
            "application/ld+json | application/ld+json | jsonld",
            "text/turtle | text/turtle | ttl",
            "application/n-triples | application/n-triples | nt",
            "application/rdf+xml | application/rdf+xml | rdf"})
    void anObjectUriServesEachFormatByAcceptHeader(String accept, String type, String extension) {
        HttpResponse<String> r = s.get("/object/SK-C-5", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        assertThat(r.headers().firstValue("Vary").orElseThrow()).contains("Accept");
        assertThat(r.headers().firstValue("Content-Location")).hasValue("/object/SK-C-5." + extension);
        if (type.equals("text/html")) {
            assertThat(r.body()).contains("<h1 lang=\"en\">The Night Watch</h1>");
            return;
        }
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        Graph g = type.equals("application/ld+json") ? LocalContexts.linkedArt().parse(r.body()) : parse(r.body(), type);
        assertThat(g.contains(uri(NIGHT_WATCH), RDF.type.asNode(), CRM.E22_Human_Made_Object)).isTrue();
        assertThat(g.contains(uri(NIGHT_WATCH), LA.equivalent, uri("http://www.wikidata.org/entity/Q219831"))).isTrue();
    }

    @Test
    void objectsAreLinkedArtJsonLd() {
        HttpResponse<String> r = s.get("/object/SK-C-5", "application/ld+json");
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Format.LINKED_ART_MEDIA_TYPE);
        assertThat(r.body()).contains("\"@context\": \"https://linked.art/ns/v1/linked-art.json\"")
                .contains("\"type\": \"HumanMadeObject\"").contains("\"_label\": \"The Night Watch\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html | text/html",
            "application/ld+json | application/ld+json",
            "text/turtle | text/turtle",
            "application/n-triples | application/n-triples",
            "application/rdf+xml | application/rdf+xml"})
    void anAgentUriServesEachFormatFromTheUnionOfGraphs(String accept, String type) {
        HttpResponse<String> r = s.get("/agent/rembrandt", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        assertThat(r.headers().firstValue("Vary").orElseThrow()).contains("Accept");
        if (type.equals("text/html")) {
            assertThat(r.body()).contains("<h1>Rembrandt van Rijn</h1>");
            return;
        }
        Graph g = parse(r.body(), type);
        assertThat(g.contains(uri(REMBRANDT), RDF.type.asNode(), CRM.E21_Person)).isTrue();
        assertThat(g.contains(uri(REMBRANDT), LA.equivalent, uri("http://www.wikidata.org/entity/Q5598"))).isTrue();
        assertThat(g.contains(uri(REMBRANDT + "/birth/timespan"), CRM.P82a_begin_of_the_begin, Node.ANY))
                .as("nodes minted under the agent come along").isTrue();
        assertThat(g.contains(uri(REMBRANDT), CRM.P2_has_type, uri(AAT.NS + "300111175"))).isTrue();
        assertThat(g.contains(uri(AAT.NS + "300111175"), org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY))
                .as("what it refers to is labelled").isTrue();
        assertThat(g.find(Node.ANY, CRM.P108i_was_produced_by, Node.ANY).hasNext()).as("no objects' data").isFalse();
    }

    @Test
    void placesSetsAndOwnConceptsAreDataToo() {
        Graph place = parse(s.get("/place/amsterdam.ttl").body(), "text/turtle");
        assertThat(place.contains(uri(BASE + "place/amsterdam"), RDF.type.asNode(), CRM.E53_Place)).isTrue();
        assertThat(place.contains(uri(BASE + "place/amsterdam"), LA.equivalent, uri("http://vocab.getty.edu/tgn/7006952"))).isTrue();
        Graph set = parse(s.get("/set/paintings.nt").body(), "application/n-triples");
        assertThat(set.contains(uri(BASE + "set/paintings"), RDF.type.asNode(), LA.Set)).isTrue();
        HttpResponse<String> concept = s.get("/concept/attribution/workshop-of", "text/turtle");
        assertThat(concept.statusCode()).isEqualTo(200);
        assertThat(parse(concept.body(), "text/turtle").contains(uri(BASE + "concept/attribution/workshop-of"),
                org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("workshop of"))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ttl | text/turtle", "jsonld | application/ld+json", "json | application/ld+json",
            "nt | application/n-triples", "rdf | application/rdf+xml", "html | text/html"})
    void anExtensionChoosesTheFormatWhateverTheAcceptHeader(String extension, String type) {
        for (String path : List.of("/object/SK-C-5.", "/agent/rembrandt.")) {
            HttpResponse<String> r = s.get(path + extension, "application/xml");
            assertThat(r.statusCode()).as(path + extension).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
            assertThat(r.headers().firstValue("Vary").orElse("")).doesNotContain("Accept,");
            assertThat(r.headers().firstValue("Content-Location")).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/html;q=0.5, text/turtle | text/turtle",
            "application/rdf+xml;q=0.9, application/ld+json;q=0.95 | application/ld+json",
            "text/*;q=0.8, text/turtle;q=0.1 | text/html",
            "*/* | text/html",
            "application/n-triples, */*;q=0.1 | application/n-triples",
            "text/html;q=0, */* | application/ld+json",
            "application/json | application/ld+json",
            "application/xhtml+xml, application/xml;q=0.9 | text/html",
            "'application/ld+json;profile=\"https://linked.art/ns/v1/linked-art.json\";q=0.4, text/turtle;q=0.3' | application/ld+json"})
    void qualityValuesPickTheFormat(String accept, String type) {
        HttpResponse<String> r = s.get("/object/SK-C-5", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/turtle;q=0", "image/png, text/csv"})
    void aTypeTheServerCannotProduceIs406WithTheAlternatives(String accept) {
        HttpResponse<String> r = s.get("/object/SK-C-5", accept);
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("text/turtle  /object/SK-C-5.ttl").contains("application/ld+json  /object/SK-C-5.jsonld");
        assertThat(r.headers().firstValue("Link").orElseThrow()).contains("</object/SK-C-5.ttl>; rel=\"alternate\"; type=\"text/turtle\"");
    }

    @Test
    void noAcceptHeaderGetsThePage() {
        HttpResponse<String> r = s.get("/object/SK-C-5");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    // --- identifiers -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/object/nope", "/object/nope.ttl", "/agent/nope", "/place/nope", "/set/nope", "/concept/nope",
            "/agent/SK-C-5", "/object/rembrandt", "/object/", "/object/SK-C-5/name/1"})
    void unknownIdsAre404(String path) {
        HttpResponse<String> page = s.get(path);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Not found</h1>").contains("action=\"/search\"");
        HttpResponse<String> data = s.get(path, "text/turtle");
        assertThat(data.statusCode()).isEqualTo(404);
        assertThat(data.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    }

    @Test
    void aWithdrawnObjectIs410Gone() {
        for (String path : List.of("/object/1994.17", "/object/1994.17.ttl")) {
            HttpResponse<String> r = s.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(410);
            assertThat(r.body()).contains("removed from the online collection on 20");
        }
    }

    @Test
    void idsWithEncodedSlashesResolve() {
        String encoded = "/object/NL-AmRM%2Flido%2FRP-F-1";
        HttpResponse<String> page = s.get(encoded);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 lang=\"en\">Canal in the rain</h1>");
        Graph g = parse(s.get(encoded + ".ttl").body(), "text/turtle");
        assertThat(g.contains(uri(BASE + "object/NL-AmRM%2Flido%2FRP-F-1"), RDF.type.asNode(), CRM.E22_Human_Made_Object)).isTrue();
    }

    @Test
    void anotherSpellingOfAnIdRedirectsToTheCanonicalOne() {
        HttpResponse<String> r = s.get("/object/SK%2DC%2D5");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/object/SK-C-5");
        r = s.get("/object/SK%2DC%2D5.ttl?x=1");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/object/SK-C-5.ttl?x=1");
    }

    @Test
    void theDataKeepsItsUrisWhilePagesLinkToThisServer() {
        // the dataset's base is https://collection.example.org/; this server is http://localhost:{port}/
        Graph g = parse(s.get("/object/SK-C-5.nt").body(), "application/n-triples");
        assertThat(g.contains(uri(NIGHT_WATCH), RDF.type.asNode(), CRM.E22_Human_Made_Object)).isTrue();
        String html = s.get("/object/SK-C-5").body();
        assertThat(html).contains("href=\"/agent/rembrandt\"").contains("href=\"/place/amsterdam\"")
                .contains("href=\"/set/paintings\"").contains("href=\"/object/SK-C-5.ttl\"")
                .contains("<link rel=\"canonical\" href=\"" + NIGHT_WATCH + "\">")
                .doesNotContain("href=\"" + BASE + "agent/").doesNotContain("href=\"" + BASE + "object/SK-C-5.ttl");
    }

    @Test
    void aBaseUriWithAPathIsServedFromTheRoot(@TempDir Path other) {
        String base = "https://data.example.net/museum/";
        try (PagesServer elsewhere = PagesServer.start(other, base, CLOCK, PAGE_SIZE,
                new PagesServer.Batch("samples", List.of(SampleCollection.rich()), true))) {
            HttpResponse<String> r = elsewhere.get("/object/SK-C-5", "text/turtle");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(parse(r.body(), "text/turtle").contains(uri(base + "object/SK-C-5"), RDF.type.asNode(),
                    CRM.E22_Human_Made_Object)).isTrue();
            assertThat(elsewhere.get("/object/SK-C-5").body()).contains("href=\"/agent/rembrandt\"");
            assertThat(elsewhere.get("/museum/object/SK-C-5").statusCode()).isEqualTo(404);
        }
    }

    // --- pages -----------------------------------------------------------------------------------------------------

    @Test
    void markupInARecordIsShownAsText() {
        HttpResponse<String> r = s.get("/object/2003.9");
        String html = r.body();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Study of a &lt;i&gt;Tree&lt;/i&gt; &amp; Rocks")
                .doesNotContain("<script>alert").doesNotContain("<i>Tree");
        // the only script element is the JSON-LD data block, and the title cannot close it
        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html).contains("<script type=\"application/ld+json\">").contains("\\u003cscript\\u003ealert");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(s.get("/search?q=Rocks").body()).contains("&lt;script&gt;alert").doesNotContain("<script>alert");
    }

    @Test
    void theObjectPageShowsTheRecord() {
        String html = s.get("/object/SK-C-5").body();
        assertThat(html)
                .contains("<span lang=\"nl\">De Nachtwacht</span>")
                .contains("<a href=\"/agent/rembrandt\">Rembrandt van Rijn</a> <span class=\"life\">(Dutch, 1606–1669)</span>")
                .contains("<span class=\"date\">1642</span> · <a href=\"/place/amsterdam\">Amsterdam</a>")
                .contains("379.5 × 453.5 cm; 337 kg")
                .contains("200107928")
                .contains("Commissioned by the Kloveniersdoelen")
                .contains("Rembrandt f 1642")
                .contains("On loan from the City of Amsterdam")
                .contains("<a href=\"/agent/city-of-amsterdam\">City of Amsterdam</a>")
                .contains("href=\"https://www.wikidata.org/wiki/Q219831\"")
                .contains("href=\"https://collection.example.org/collection/SK-C-5\"")
                .contains("href=\"https://collection.example.org/iiif/SK-C-5/manifest.json\"")
                .contains("href=\"/concept?uri=http%3A%2F%2Fvocab.getty.edu%2Faat%2F300033618\"")
                .contains("href=\"/object/SK-C-5.jsonld\"").contains("href=\"/object/SK-C-5.nt\"").contains("href=\"/object/SK-C-5.rdf\"")
                .contains("href=\"/sparql?query=DESCRIBE%20%3Chttps%3A%2F%2Fcollection.example.org%2Fobject%2FSK-C-5%3E\"")
                .contains("<meta property=\"og:image\" content=\"https://collection.example.org/iiif/SK-C-5/full/!1200,1200/0/default.jpg\">");
        // each image's rights next to it, linked to the rights URI
        assertThat(html).contains("<a href=\"http://creativecommons.org/publicdomain/mark/1.0/\" class=\"rights open\" rel=\"license\">Image: Public domain</a>")
                .contains("<a href=\"http://creativecommons.org/publicdomain/zero/1.0/\" class=\"rights open\" rel=\"license\">CC0</a>");
        assertThat(s.get("/object/PH-2001-77").body())
                .contains("<a href=\"http://rightsstatements.org/vocab/InC/1.0/\" class=\"rights restricted\" rel=\"license\">Image: In Copyright</a>")
                .doesNotContain("og:image");
        assertThat(s.get("/object/2003.9").body()).contains("<span class=\"rights unknown\">Image: Rights unknown</span>");
    }

    @Test
    void theObjectPageDescribesItselfForSharing() throws Exception {
        String html = s.get("/object/SK-C-5").body();
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode json = new ObjectMapper().readTree(m.group(1));
        assertThat(json.path("@type").asText()).isEqualTo("VisualArtwork");
        assertThat(json.path("name").asText()).isEqualTo("The Night Watch");
        assertThat(json.path("creator").get(0).path("name").asText()).isEqualTo("Rembrandt van Rijn");
        assertThat(html).contains("<meta property=\"og:title\" content=\"The Night Watch\">")
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/object/SK-C-5.ttl\" title=\"Turtle\">");
    }

    @Test
    void citeThisGivesMakerTitleDateInstitutionNumberUriAndAccessDate() {
        assertThat(citation(s.get("/object/SK-C-5").body())).isEqualTo("Rembrandt van Rijn, The Night Watch, 1642. Example Museum of Art, "
                + "SK-C-5. https://collection.example.org/object/SK-C-5 (accessed 14 March 2026).");
        assertThat(citation(s.get("/object/SK-A-4050").body())).startsWith("Workshop of Rembrandt van Rijn and attributed to "
                + "Workshop of Rembrandt van Rijn, Head of an Old Man, 1650-60. Example Museum of Art, SK-A-4050.");
        assertThat(citation(s.get("/object/T-1962-2").body())).as("no maker").startsWith("Verdure with a heron, 16th century, second half.");
    }

    @Test
    void theReadersLanguageChoosesTheTitle() {
        assertThat(s.get("/object/KMS3696").body()).contains("<h1 lang=\"en\">Interior in Strandgade, Sunlight on the Floor</h1>");
        assertThat(s.request("GET", "/object/KMS3696", "Accept-Language", "da, en;q=0.5").body())
                .contains("<h1 lang=\"da\">Interiør i Strandgade, solskin på gulvet</h1>");
    }

    @Test
    void anAgentPageListsTheirWorksWithHowTheyRelate() {
        String html = s.get("/agent/rembrandt").body();
        assertThat(html).contains("<p class=\"life\">Dutch, 1606–1669</p>").contains("Rembrandt Harmenszoon van Rijn")
                .contains("href=\"https://www.wikidata.org/wiki/Q5598\"").contains("ULAN 500011051")
                .contains("Works <span class=\"count\">3</span>");
        List<String> works = objectLinks(html);
        assertThat(works).containsExactly("/object/SK-C-5", "/object/SK-A-4050", "/object/RP-P-1961-1021");
        assertThat(html).contains("<p class=\"note\">Painters</p>").contains("<p class=\"note\">Workshop of</p>")
                .contains("<p class=\"note\">After</p>");
    }

    @Test
    void anOwnersPageListsWhatItHoldsAPageAtATime() {
        String first = s.get("/agent/example-museum").body();
        assertThat(first).contains("<p class=\"kind\">Group</p>").contains("<p class=\"note\">Owner</p>")
                .contains("Page 1 of 3").contains("href=\"/agent/example-museum?page=2\" rel=\"next\"");
        Set<String> all = new LinkedHashSet<>();
        for (int page = 1; page <= 3; page++) all.addAll(objectLinks(s.get("/agent/example-museum?page=" + page).body()));
        assertThat(all).hasSize(10).contains("/object/SK-C-5");
    }

    @Test
    void placeSetAndConceptPagesListTheirWorks() {
        assertThat(objectLinks(s.get("/place/amsterdam").body())).containsExactly("/object/SK-C-5");
        String set = s.get("/set/paintings").body();
        assertThat(set).contains("<h1>Department of Paintings</h1>").contains("Works <span class=\"count\">4</span>");
        assertThat(objectLinks(s.get("/concept/attribution/workshop-of").body())).containsExactly("/object/SK-A-4050");
        String painting = s.get("/concept?uri=" + Links.encode(AAT.NS + "300033618")).body();
        assertThat(painting).contains("<h1>paintings (visual works)</h1>").contains("Works <span class=\"count\">4</span>")
                .contains("href=\"http://vocab.getty.edu/aat/300033618\"");
        HttpResponse<String> own = s.get("/concept?uri=" + Links.encode(BASE + "concept/attribution/after"));
        assertThat(own.statusCode()).isEqualTo(301);
        assertThat(own.headers().firstValue("Location")).hasValue("/concept/attribution/after");
        assertThat(s.get("/concept?uri=" + Links.encode("http://vocab.getty.edu/aat/1")).statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsObjectsByTheirText() {
        String html = s.get("/search?q=Nachtwacht").body();
        assertThat(html).contains("1 object matches <q>Nachtwacht</q>");
        assertThat(objectLinks(html)).containsExactly("/object/SK-C-5");
        assertThat(objectLinks(s.get("/search?q=Rembrandt").body()))
                .containsExactlyInAnyOrder("/object/SK-C-5", "/object/SK-A-4050", "/object/RP-P-1961-1021");
        assertThat(objectLinks(s.get("/search?q=canvas").body())).as("labels of materials")
                .containsExactlyInAnyOrder("/object/SK-C-5", "/object/SK-A-2344", "/object/KMS3696");
        assertThat(s.get("/search?q=hands").body()).as("a withdrawn object is not found").contains("Nothing matches");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%22unbalanced", "title%3A%28", "*wave", "AND", "%28", "%5C", "a%5C%22b", "%22"})
    void queriesLuceneCannotParseAreSearchedAsWords(String q) {
        HttpResponse<String> r = s.get("/search?q=" + q);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("class=\"result-count\"");
    }

    @Test
    void searchResultsComeAPageAtATime() {
        // "museum" is in the owner's or custodian's name of ten objects
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            String html = s.get("/search?q=museum&page=" + page).body();
            assertThat(html).contains("10 objects match").contains("Page " + page + " of 3");
            List<String> links = objectLinks(html);
            assertThat(links).hasSize(page < 3 ? 4 : 2);
            if (page > 1) assertThat(html).contains("rel=\"prev\"").contains("<ol class=\"cards\" start=\"" + ((page - 1) * 4 + 1) + "\">");
            if (page < 3) assertThat(html).contains("href=\"/search?q=museum&amp;page=" + (page + 1) + "\" rel=\"next\"");
            seen.addAll(links);
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(10);
        assertThat(objectLinks(s.get("/search?q=museum&page=9").body())).isEmpty();
    }

    @Test
    void withoutAQuerySearchBrowsesEverything() {
        Set<String> all = new LinkedHashSet<>();
        for (int page = 1; page <= 3; page++) all.addAll(objectLinks(s.get("/search?page=" + page).body()));
        assertThat(all).hasSize(11).contains("/object/NL-AmRM%2Flido%2FRP-F-1").doesNotContain("/object/1994.17");
        assertThat(s.get("/search").body()).contains("11 objects, by date.");
    }

    @Test
    void theHomePageCountsTheCollectionAndLinksTheDataServices() {
        String html = s.get("/").body();
        assertThat(stat(html, "objects")).isEqualTo(11);
        assertThat(stat(html, "makers")).as("Rembrandt, his workshop, Vermeer, Hammershøi, Hokusai, Lind").isEqualTo(6);
        assertThat(stat(html, "images")).isEqualTo(9);
        assertThat(stat(html, "openly licensed images")).as("public domain and CC0; not in copyright, not unknown").isEqualTo(7);
        assertThat(stat(html, "departments")).isEqualTo(4);
        assertThat(html).contains("href=\"/query\"").contains("href=\"/dumps\"").contains("href=\"/void\"")
                .contains("action=\"/search\"").contains("<a href=\"/set/paintings\">Department of Paintings</a>")
                .contains("<a href=\"/agent/rembrandt\">Rembrandt van Rijn</a>");
        assertThat(objectLinks(html)).as("the showcase: works with open images").contains("/object/SK-C-5")
                .doesNotContain("/object/PH-2001-77", "/object/2003.9");
    }

    @Test
    void theStylesheetIsServedAndNothingElseUnderItsPath() {
        HttpResponse<String> css = s.get("/pages/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(".hero");
        assertThat(s.get("/pages/AssetServlet.class").statusCode()).isEqualTo(404);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> r = s.request("HEAD", "/object/SK-C-5", "Accept", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(r.body()).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static Graph parse(String body, String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        return RDFParser.fromString(body, lang).toGraph();
    }

    private static Node uri(String u) {
        return NodeFactory.createURI(u);
    }

    /** The object pages a page's cards link to, in order. */
    static List<String> objectLinks(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<h3><a href=\"(/object/[^\"]+)\"").matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static String citation(String html) {
        Matcher m = Pattern.compile("<p class=\"citation\">(.*?)</p>").matcher(html);
        assertThat(m.find()).as("a citation").isTrue();
        return m.group(1).replaceAll("<[^>]+>", "");
    }

    private static long stat(String html, String what) {
        Matcher m = Pattern.compile("<strong>([\\d,]+)</strong> <(?:a|span)[^>]*>" + Pattern.quote(what) + "</").matcher(html);
        assertThat(m.find()).as(what).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
