package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.glamlod.server.sparql.ExampleQueries;
import org.glamlod.server.sparql.ExampleQuery;
import org.glamlod.store.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example query of the catalogue finds something in the demo data, asked over HTTP of {@code glam serve}
 * run from the shaded jar as a user would; and docs/queries.md shows each example as the server has it.
 */
class ExampleQueriesTest {
    private static final Pattern ENDPOINT = Pattern.compile("(http://\\S+/sparql)\\b");

    @TempDir
    static Path data;
    private static Served served;
    private static String endpoint;

    @BeforeAll
    static void demoDataServedByGlamServe() throws Exception {
        Cli.Result demo = Cli.jar("demo", "--no-serve", "--data", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();

        served = Served.start(ENDPOINT, "serve", "--data", data.toString(), "--port", "0", "--query-timeout", "20s");
        endpoint = served.url;
    }

    @AfterAll
    static void stopServeAndCheckItLetGoOfTheStore() throws Exception {
        if (served == null) return;
        served.process.destroy(); // SIGTERM, as Ctrl+C or a service manager would
        assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).as("glam serve stops on SIGTERM").isTrue();
        assertThat(served.printed()).doesNotContain("Exception");
        // The shutdown closed the store: another process (here this one) can open it.
        try (ObjectStore store = ObjectStore.open(data)) {
            assertThat(store.graphNames()).isNotEmpty();
        }
    }

    static List<ExampleQuery> examples() {
        return ExampleQueries.all();
    }

    @Test
    void theCatalogueHasTheQueriesScholarsAsk() {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(examples()).extracting(ExampleQuery::id).doesNotHaveDuplicates();
        assertThat(served.printed()).contains(endpoint).contains("/query");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleFindsSomethingInTheDemoData(ExampleQuery example) {
        Query query = QueryFactory.create(example.query());
        try (RDFConnection conn = RDFConnection.queryConnect(endpoint); QueryExecution qe = conn.query(query)) {
            if (query.isSelectType()) {
                assertThat(ResultSetFormatter.consume(qe.execSelect())).as(example.id()).isPositive();
            } else if (query.isAskType()) {
                assertThat(qe.execAsk()).as(example.id()).isTrue();
            } else if (query.isConstructType()) {
                assertThat(qe.execConstruct().size()).as(example.id()).isPositive();
            } else {
                assertThat(qe.execDescribe().size()).as(example.id()).isPositive();
            }
        }
    }

    @Test
    void theDocsShowEachExampleAsTheServerHasIt() throws IOException {
        String docs = Files.readString(Cli.ROOT.resolve("docs/queries.md"), StandardCharsets.UTF_8);
        for (ExampleQuery example : examples()) {
            assertThat(docs).as(example.id() + " title").contains("### " + example.title());
            assertThat(docs).as(example.id() + " query").contains(example.query().strip());
        }
    }
}
