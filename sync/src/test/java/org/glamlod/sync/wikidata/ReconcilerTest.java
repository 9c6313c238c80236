package org.glamlod.sync.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.glamlod.model.Agent;
import org.glamlod.model.HumanMadeObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reconciliation against the contract fake: what exists is found, never duplicated, and doubt goes to a person. */
class ReconcilerTest {
    private MockWebServer server;
    private FakeWikibase wiki;
    private WikidataSettings settings;
    private WikibaseClient client;
    private Reconciler reconciler;

    @BeforeEach
    void start() throws Exception {
        wiki = new FakeWikibase(WikibaseClientTest.BOT, WikibaseClientTest.PASSWORD);
        server = new MockWebServer();
        server.setDispatcher(wiki);
        server.start();
        settings = Fixtures.settings(server.url("/w/api.php").toString());
        client = new WikibaseClient(settings, WikibaseClient.Options.defaults());
        reconciler = new Reconciler(settings, client);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static String withUlan(String label, String ulan) {
        return "{\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"" + label + "\"}},\"claims\":{\"P245\":[{\"mainsnak\":"
                + "{\"snaktype\":\"value\",\"property\":\"P245\",\"datavalue\":{\"value\":\"" + ulan + "\",\"type\":\"string\"},"
                + "\"datatype\":\"external-id\"},\"type\":\"statement\",\"rank\":\"normal\"}]}}";
    }

    @Test
    void aLinkInTheDataWinsWithoutAnyRequest() throws Exception {
        assertThat(reconciler.findItem(Fixtures.sample("SK-C-5"))).isEqualTo(new Reconciler.ItemMatch.Matched("Q219831", "linked in the data"));
        assertThat(wiki.calls()).isEmpty();
    }

    @Test
    void anExistingItemIsFoundByInventoryNumberAndUpdatedNotDuplicated() throws Exception {
        String existing = wiki.seed(WikibaseClientTest.inventoryItem("SK-A-2344", Fixtures.COLLECTION));
        wiki.seed(WikibaseClientTest.inventoryItem("SK-A-2344", "Q999")); // same number, another collection
        HumanMadeObject milkmaid = Fixtures.sample("SK-A-2344");
        Reconciler.ItemMatch match = reconciler.findItem(milkmaid);
        assertThat(match).isInstanceOf(Reconciler.ItemMatch.Matched.class);
        assertThat(((Reconciler.ItemMatch.Matched) match).qid()).isEqualTo(existing);

        client.login(WikibaseClientTest.BOT, WikibaseClientTest.PASSWORD.toCharArray());
        var current = client.getEntities(List.of(existing)).get(existing);
        MergePlan plan = new ItemMerge(settings, Fixtures.ours(settings)).plan(Optional.of(current), Fixtures.projected(settings, "SK-A-2344"));
        assertThat(plan).isInstanceOf(MergePlan.Update.class);
        client.edit(((MergePlan.Update) plan).update(), "glam-lod: sync");
        assertThat(wiki.entityCount()).isEqualTo(2);
        assertThat(wiki.count("wbeditentity")).isEqualTo(1);
        assertThat(wiki.calls()).noneMatch(c -> "item".equals(c.params().get("new")));
        // the P217 the other user made, with P195, is matched and not added twice
        assertThat(wiki.entity(existing).path("claims").path("P217")).hasSize(1);
    }

    @Test
    void twoItemsWithTheNumberInTheCollectionAreAmbiguous() throws Exception {
        String a = wiki.seed(WikibaseClientTest.inventoryItem("KMS3696", Fixtures.COLLECTION));
        String b = wiki.seed(WikibaseClientTest.inventoryItem("KMS3696", Fixtures.COLLECTION));
        Reconciler.ItemMatch match = reconciler.findItem(Fixtures.sample("KMS3696"));
        assertThat(match).isInstanceOf(Reconciler.ItemMatch.Ambiguous.class);
        assertThat(((Reconciler.ItemMatch.Ambiguous) match).candidates()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void nothingFoundIsNone() throws Exception {
        assertThat(reconciler.findItem(Fixtures.sample("1994.17"))).isInstanceOf(Reconciler.ItemMatch.None.class);
        assertThat(wiki.count("query")).isEqualTo(1);
    }

    @Test
    void creatorByUlanId() throws Exception {
        String vermeer = wiki.seed(withUlan("Johannes Vermeer", "500032927"));
        wiki.seed(withUlan("Rembrandt", "500011051"));
        Agent unlinked = Agent.person("vermeer").name("Johannes Vermeer").equivalent("http://vocab.getty.edu/ulan/500032927").build();
        Reconciler.CreatorMatch match = reconciler.resolveCreator(unlinked);
        assertThat(match).isEqualTo(new Reconciler.CreatorMatch.Resolved(vermeer, "by P245=500032927"));
    }

    @Test
    void creatorsLinkedInTheDataNeedNoSearch() throws Exception {
        Map<String, Reconciler.CreatorMatch> creators = reconciler.resolveCreators(Fixtures.sample("SK-A-4050"));
        assertThat(creators.get("rembrandt")).isEqualTo(new Reconciler.CreatorMatch.Resolved("Q5598", "linked in the data"));
        assertThat(creators.get("rembrandt-workshop")).isInstanceOf(Reconciler.CreatorMatch.NeedsReview.class);
        assertThat(wiki.count("query")).isZero();
    }

    @Test
    void twoCreatorsWithOneUlanIdOrNoneGoToReview() throws Exception {
        String a = wiki.seed(withUlan("Katsushika Hokusai", "500060426"));
        String b = wiki.seed(withUlan("Hokusai (duplicate)", "500060426"));
        Agent hokusai = Agent.person("hokusai").name("Katsushika Hokusai").equivalent("http://vocab.getty.edu/ulan/500060426").build();
        Reconciler.CreatorMatch two = reconciler.resolveCreator(hokusai);
        assertThat(two).isInstanceOf(Reconciler.CreatorMatch.NeedsReview.class);
        assertThat(((Reconciler.CreatorMatch.NeedsReview) two).candidates()).containsExactlyInAnyOrder(a, b);

        Agent unknown = Agent.person("x").name("Nobody Known").equivalent("http://viaf.org/viaf/12345").build();
        Reconciler.CreatorMatch none = reconciler.resolveCreator(unknown);
        assertThat(none).isEqualTo(new Reconciler.CreatorMatch.NeedsReview("Nobody Known: no item with P214=12345", List.of()));
    }

    @Test
    void searchHitsAreCheckedAgainstTheItem() throws Exception {
        // the search index said yes, the item says otherwise (index lag): not a match
        WikibaseLookup stale = new WikibaseLookup() {
            @Override
            public Map<String, org.wikidata.wdtk.datamodel.interfaces.ItemDocument> getEntities(List<String> ids) throws WikibaseException {
                return client.getEntities(ids);
            }

            @Override
            public List<String> searchByStatement(String property, String value) {
                return List.of(wiki.seed("{\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"unrelated\"}}}"));
            }
        };
        assertThat(new Reconciler(settings, stale).findItem(Fixtures.sample("1994.17"))).isInstanceOf(Reconciler.ItemMatch.None.class);
    }
}
