package org.glamlod.sync.wikidata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.ItemDocumentBuilder;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;

/** The client against the contract fake over real HTTP: login, reads, writes and every fault path. */
class WikibaseClientTest {
    static final String BOT = "ExampleMuseum@glam-lod";
    static final String PASSWORD = "s3cret-bot-password";

    private MockWebServer server;
    private FakeWikibase wiki;
    private WikidataSettings settings;
    private WikibaseClient client;

    @BeforeEach
    void start() throws Exception {
        wiki = new FakeWikibase(BOT, PASSWORD);
        server = new MockWebServer();
        server.setDispatcher(wiki);
        server.start();
        settings = Fixtures.settings(server.url("/w/api.php").toString());
        client = new WikibaseClient(settings, new WikibaseClient.Options(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(90), true));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private void login() throws WikibaseException {
        client.login(BOT, PASSWORD.toCharArray());
    }

    @Test
    void loginCreateAndReadBack() throws Exception {
        login();
        assertThat(client.isLoggedIn()).isTrue();
        ItemDocument desired = Fixtures.projected(settings, "SK-C-5");
        WikibaseClient.EditResult created = client.create(desired, "glam-lod: new artwork");
        assertThat(created.qid()).matches("Q[0-9]+");
        assertThat(created.revision()).isPositive();

        ItemDocument back = client.getEntities(List.of(created.qid())).get(created.qid());
        assertThat(back.getRevisionId()).isEqualTo(created.revision());
        assertThat(back.getLabels().get("en").getText()).isEqualTo("The Night Watch");
        assertThat(back.getStatementGroups()).hasSameSizeAs(desired.getStatementGroups());
        back.getStatementGroups().forEach(g -> g.getStatements().forEach(s -> assertThat(s.getStatementId()).startsWith(created.qid() + "$")));

        FakeWikibase.Call write = wiki.calls().stream().filter(c -> c.action().equals("wbeditentity")).findFirst().orElseThrow();
        assertThat(write.params()).containsEntry("new", "item").containsEntry("maxlag", "5").containsEntry("assert", "user")
                .containsEntry("bot", "").containsEntry("summary", "glam-lod: new artwork").doesNotContainKey("baserevid");
        assertThat(write.userAgent()).startsWith("glam-lod/").contains("(sync-bot@collection.example.org)").contains("Wikidata-Toolkit/0.17.0");
        // bot password login: meta=tokens&type=login, then action=login with the token
        FakeWikibase.Call loginCall = wiki.calls().stream().filter(c -> c.action().equals("login")).findFirst().orElseThrow();
        assertThat(loginCall.params()).containsEntry("lgname", BOT).containsKey("lgtoken");
        assertThat(wiki.count("wbeditentity")).isEqualTo(1);
        assertThat(wiki.calls()).as("maxlag on every request: tokens, login and reads too").hasSizeGreaterThan(4)
                .allSatisfy(c -> assertThat(c.params()).as(c.action()).containsEntry("maxlag", "5"));
    }

    @Test
    void aLaggedWikiHoldsBackReadsToo() throws Exception {
        wiki.retryAfter(7, 8.0);
        wiki.inject("wbgetentities", FakeWikibase.Fault.MAXLAG);
        assertThatThrownBy(() -> client.getEntities(List.of("Q1"))).isInstanceOfSatisfying(WikibaseException.MaxLag.class,
                e -> assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(7)));
    }

    @Test
    void wrongBotPasswordFailsWithoutEchoingIt() {
        assertThatThrownBy(() -> client.login(BOT, "wrong-password".toCharArray()))
                .isInstanceOf(WikibaseException.LoginFailed.class)
                .hasMessageContaining("Incorrect username or password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-password"));
        assertThat(client.isLoggedIn()).isFalse();
    }

    @Test
    void writingWhileLoggedOutIsRefused() {
        ItemDocument desired = Fixtures.projected(settings, "SK-C-5");
        // the anonymous token "+\" is no CSRF token, and WDTK retries once with a fresh one, equally anonymous
        assertThatThrownBy(() -> client.create(desired, "x")).isInstanceOf(WikibaseException.BadToken.class);
        assertThat(wiki.entityCount()).isZero();
    }

    @Test
    void getEntitiesBatchesFiftyIdsPerRequest() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) ids.add(wiki.seed("{\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"item " + i + "\"}}}"));
        ids.add("Q999999");
        Map<String, ItemDocument> found = client.getEntities(ids);
        assertThat(found).hasSize(60).doesNotContainKey("Q999999");
        assertThat(found.get(ids.get(59)).getLabels().get("en").getText()).isEqualTo("item 59");
        assertThat(wiki.count("wbgetentities")).isEqualTo(2);
        assertThat(wiki.calls()).filteredOn(c -> c.action().equals("wbgetentities"))
                .allSatisfy(c -> assertThat(c.params().get("ids").split("\\|")).hasSizeLessThanOrEqualTo(50));
    }

    @Test
    void theFakeRefusesMoreThanFiftyIdsAsWikibaseDoes() throws Exception {
        String ids = String.join("|", java.util.stream.IntStream.range(1, 52).mapToObj(i -> "Q" + i).toList());
        Request request = new Request.Builder().url(server.url("/w/api.php")).header("User-Agent", "test (t@example.org)")
                .post(new FormBody.Builder().add("action", "wbgetentities").add("ids", ids).add("format", "json").build()).build();
        try (Response r = new OkHttpClient().newCall(request).execute()) {
            assertThat(r.body().string()).contains("\"code\":\"toomanyvalues\"").contains("The limit is 50");
        }
    }

    @Test
    void searchFindsItemsByInventoryNumber() throws Exception {
        String q = wiki.seed(inventoryItem("GR 1837,0609.42", Fixtures.COLLECTION));
        wiki.seed(inventoryItem("GR 1837,0609.43", Fixtures.COLLECTION));
        assertThat(client.searchByStatement("P217", "GR 1837,0609.42")).containsExactly(q);
        assertThat(client.searchByStatement("P217", "nothing-here")).isEmpty();
        FakeWikibase.Call search = wiki.calls().stream().filter(c -> "search".equals(c.params().get("list"))).findFirst().orElseThrow();
        assertThat(search.params()).containsEntry("srsearch", "haswbstatement:\"P217=GR 1837,0609.42\"").containsEntry("maxlag", "5");
    }

    static String inventoryItem(String number, String collection) {
        return "{\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"work " + number + "\"}},\"claims\":{\"P217\":[{\"mainsnak\":"
                + "{\"snaktype\":\"value\",\"property\":\"P217\",\"datavalue\":{\"value\":\"" + number + "\",\"type\":\"string\"},"
                + "\"datatype\":\"external-id\"},\"type\":\"statement\",\"qualifiers\":{\"P195\":[{\"snaktype\":\"value\","
                + "\"property\":\"P195\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"numeric-id\":" + collection.substring(1)
                + ",\"id\":\"" + collection + "\"},\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"}]},"
                + "\"qualifiers-order\":[\"P195\"],\"rank\":\"normal\"}]}}";
    }

    @Test
    void maxlagIsReportedWithRetryAfterAndNotRetriedInside() throws Exception {
        login();
        wiki.retryAfter(7, 6.25);
        wiki.inject("wbeditentity", FakeWikibase.Fault.MAXLAG);
        assertThatThrownBy(() -> client.create(Fixtures.projected(settings, "SK-C-5"), "x"))
                .isInstanceOfSatisfying(WikibaseException.MaxLag.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(e.lag()).isEqualTo(6.25);
                });
        assertThat(wiki.count("wbeditentity")).isEqualTo(1);
        assertThat(wiki.entityCount()).isZero();
        // the next attempt, when our back-off decides, goes through
        assertThat(client.create(Fixtures.projected(settings, "SK-C-5"), "x").qid()).isNotBlank();
    }

    @Test
    void ratelimitedSuggestsTheConfiguredBackoff() throws Exception {
        login();
        wiki.inject("wbeditentity", FakeWikibase.Fault.RATELIMITED);
        assertThatThrownBy(() -> client.create(Fixtures.projected(settings, "SK-C-5"), "x"))
                .isInstanceOfSatisfying(WikibaseException.RateLimited.class, e -> {
                    assertThat(e.http()).isFalse();
                    assertThat(e.code()).isEqualTo("ratelimited");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(90));
                });
        assertThat(wiki.count("wbeditentity")).isEqualTo(1);
    }

    @Test
    void http429HonoursRetryAfter() throws Exception {
        wiki.retryAfter(42, 0);
        wiki.inject("wbgetentities", FakeWikibase.Fault.HTTP_429);
        assertThatThrownBy(() -> client.getEntities(List.of("Q1")))
                .isInstanceOfSatisfying(WikibaseException.RateLimited.class, e -> {
                    assertThat(e.http()).isTrue();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42));
                });
    }

    @Test
    void badTokenIsRefreshedOnceAndTheEditRetried() throws Exception {
        login();
        client.create(Fixtures.projected(settings, "SK-C-5"), "first");
        long tokenFetches = csrfFetches();
        wiki.expireCsrfTokens();
        WikibaseClient.EditResult second = client.create(Fixtures.projected(settings, "SK-A-2344"), "second");
        assertThat(second.qid()).isNotBlank();
        assertThat(wiki.count("wbeditentity")).isEqualTo(3); // first, refused, retried
        assertThat(csrfFetches()).isEqualTo(tokenFetches + 1);
        assertThat(wiki.entityCount()).isEqualTo(2);
    }

    private long csrfFetches() {
        return wiki.calls().stream().filter(c -> "tokens".equals(c.params().get("meta")) && "csrf".equals(c.params().get("type"))).count();
    }

    @Test
    void editConflictThenRefetchAndRecompute() throws Exception {
        login();
        WikibaseClient.EditResult created = client.create(Fixtures.projected(settings, "SK-C-5"), "x");
        ItemDocument base = client.getEntities(List.of(created.qid())).get(created.qid());
        wiki.touchAsOtherUser(created.qid(), "en", "Nightwatch");
        ItemDocument desired = Fixtures.projected(settings, "SK-C-5").withLabel(Datamodel.makeMonolingualTextValue("Nachtwache", "de"));
        ItemMerge merge = new ItemMerge(settings, Fixtures.ours(settings));
        MergePlan stale = merge.plan(Optional.of(base), desired);
        assertThatThrownBy(() -> client.edit(((MergePlan.Update) stale).update(), "x")).isInstanceOf(WikibaseException.EditConflict.class);

        ItemDocument fresh = client.getEntities(List.of(created.qid())).get(created.qid());
        MergePlan again = merge.plan(Optional.of(fresh), desired);
        WikibaseClient.EditResult edited = client.edit(((MergePlan.Update) again).update(), "x");
        assertThat(edited.revision()).isGreaterThan(fresh.getRevisionId());
        assertThat(wiki.entity(created.qid()).path("labels").path("de").path("value").asText()).isEqualTo("Nachtwache");
        assertThat(wiki.entity(created.qid()).path("aliases").path("en").get(0).path("value").asText()).isEqualTo("Nightwatch");
    }

    @Test
    void failedSaveCarriesTheWikisReasons() throws Exception {
        login();
        wiki.inject("wbeditentity", FakeWikibase.Fault.FAILED_SAVE);
        assertThatThrownBy(() -> client.create(Fixtures.projected(settings, "SK-C-5"), "x"))
                .isInstanceOfSatisfying(WikibaseException.FailedSave.class, e -> {
                    assertThat(e.code()).isEqualTo("failed-save");
                    assertThat(e.messages()).containsExactly("wikibase-api-failed-save", "abusefilter-disallowed");
                    assertThat(e.labelDescriptionConflictLanguage()).isEmpty();
                });
    }

    @Test
    void descriptionCollisionIsResolvedByTheInventoryNumber() throws Exception {
        login();
        wiki.seed("{\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"The Night Watch\"}},"
                + "\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"painting by Rembrandt van Rijn\"}}}");
        ItemDocument desired = Fixtures.projected(settings, "SK-C-5");
        WikibaseException clash = null;
        try {
            client.create(desired, "x");
        } catch (WikibaseException e) {
            clash = e;
        }
        assertThat(clash).isInstanceOf(WikibaseException.FailedSave.class);
        assertThat(clash.code()).isEqualTo("modification-failed");
        assertThat(((WikibaseException.FailedSave) clash).labelDescriptionConflictLanguage()).contains("en");

        ItemDocument fixed = ItemMerge.resolveDescriptionCollision(desired, clash, "EMA", "SK-C-5").orElseThrow();
        assertThat(fixed.getDescriptions().get("en").getText()).isEqualTo("painting by Rembrandt van Rijn (EMA SK-C-5)");
        assertThat(fixed.getDescriptions().get("nl")).isEqualTo(desired.getDescriptions().get("nl"));
        String qid = client.create(fixed, "x").qid();
        assertThat(wiki.entity(qid).path("descriptions").path("en").path("value").asText()).endsWith("(EMA SK-C-5)");
        // the suffix is there already: a second clash is for a person
        assertThat(ItemMerge.resolveDescriptionCollision(fixed, clash, "EMA", "SK-C-5")).isEmpty();
    }

    @Test
    void anEmptyUpdateIsNeverSent() {
        ItemDocument doc = ItemDocumentBuilder.forItemId(Datamodel.makeItemIdValue("Q1", settings.siteIri())).withRevisionId(5).build();
        MergePlan plan = new ItemMerge(settings, Fixtures.ours(settings)).plan(Optional.of(doc), ItemDocumentBuilder.forItemId(ItemIdValue.NULL).build());
        assertThat(plan).isInstanceOf(MergePlan.Unchanged.class);
        assertThat(wiki.calls()).isEmpty();
    }
}
