package org.glamlod.sync.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.ItemDocumentBuilder;
import org.wikidata.wdtk.datamodel.helpers.ReferenceBuilder;
import org.wikidata.wdtk.datamodel.helpers.StatementBuilder;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemUpdate;
import org.wikidata.wdtk.datamodel.interfaces.Reference;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;
import org.wikidata.wdtk.datamodel.interfaces.Value;

class ItemMergeTest {
    private final WikidataSettings settings = Fixtures.settings();
    private final ReferenceIdentity ours = Fixtures.ours(settings);
    private final ItemMerge merge = new ItemMerge(settings, ours);
    private final ItemIdValue q1 = settings.item("Q1");

    private Reference ourRef(String page) {
        return ReferenceBuilder.newInstance()
                .withPropertyValue(settings.pid(WikidataId.REFERENCE_URL), Datamodel.makeStringValue("https://collection.example.org/" + page))
                .withPropertyValue(settings.pid(WikidataId.RETRIEVED), Inception.time(2025, 1, 2, TimeValue.PREC_DAY)).build();
    }

    private Reference theirRef() {
        return ReferenceBuilder.newInstance()
                .withPropertyValue(settings.pid(WikidataId.REFERENCE_URL), Datamodel.makeStringValue("https://rkd.nl/images/1")).build();
    }

    private Statement st(ItemIdValue subject, String pid, Value v, String id, Reference... refs) {
        StatementBuilder b = StatementBuilder.forSubjectAndProperty(subject, Datamodel.makePropertyIdValue(pid, settings.siteIri())).withValue(v);
        for (Reference r : refs) b.withReference(r);
        if (id != null) b.withId(id);
        return b.build();
    }

    @Test
    void noCurrentItemMeansCreate() {
        ItemDocument desired = Fixtures.projected(settings, "SK-C-5");
        assertThat(merge.plan(Optional.empty(), desired)).isEqualTo(new MergePlan.Create(desired));
    }

    @Test
    void keepsOthersAddsMissingUpdatesOursRemovesOurObsolete() {
        Value painting = settings.item("Q3305213");
        ItemDocument remote = ItemDocumentBuilder.forItemId(q1).withRevisionId(77)
                .withLabel("Nachtwacht (their label)", "en")
                .withStatement(st(q1, "P31", painting, "Q1$a"))                                  // theirs, unreferenced
                .withStatement(st(q1, "P2048", Datamodel.makeQuantityValue(new java.math.BigDecimal("380"), settings.qid(WikidataId.CENTIMETRE)), "Q1$b", theirRef()))
                .withStatement(st(q1, "P2049", Datamodel.makeQuantityValue(new java.math.BigDecimal("450"), settings.qid(WikidataId.CENTIMETRE)), "Q1$c", ourRef("x")))
                .withStatement(st(q1, "P186", settings.item("Q1234"), "Q1$d", ourRef("x")))          // ours, no longer stated
                .withStatement(st(q1, "P186", settings.item("Q5678"), "Q1$e", ourRef("x"), theirRef())) // co-sourced: theirs too
                .build();
        ItemDocument desired = ItemDocumentBuilder.forItemId(ItemIdValue.NULL)
                .withLabel("The Night Watch", "en").withLabel("De Nachtwacht", "nl").withDescription("painting", "en")
                .withStatement(st(ItemIdValue.NULL, "P31", painting, null, ourRef("x")))
                .withStatement(st(ItemIdValue.NULL, "P2048", Datamodel.makeQuantityValue(new java.math.BigDecimal("379.5"), settings.qid(WikidataId.CENTIMETRE)), null, ourRef("x")))
                .withStatement(st(ItemIdValue.NULL, "P2049", Datamodel.makeQuantityValue(new java.math.BigDecimal("453.5"), settings.qid(WikidataId.CENTIMETRE)), null, ourRef("x")))
                .withStatement(st(ItemIdValue.NULL, "P217", Datamodel.makeStringValue("SK-C-5"), null, ourRef("x")))
                .build();
        ItemUpdate u = ((MergePlan.Update) merge.plan(Optional.of(remote), desired)).update();
        assertThat(u.getBaseRevisionId()).isEqualTo(77);
        // P31 already there (theirs): not duplicated, not touched
        // P2048 is single-valued and theirs: no rival value
        assertThat(u.getStatements().getAdded()).extracting(s -> s.getMainSnak().getPropertyId().getId()).containsExactly("P217");
        // P2049 is ours and the museum's value changed: replaced in place
        assertThat(u.getStatements().getReplaced()).containsOnlyKeys("Q1$c");
        assertThat(u.getStatements().getReplaced().get("Q1$c").getValue().toString()).contains("453.5");
        // P186 Q1234 only we sourced and the museum no longer states: removed; the co-sourced one stays
        assertThat(u.getStatements().getRemoved()).containsExactly("Q1$d");
        // labels only where missing, descriptions likewise
        assertThat(u.getLabels().getModified()).containsOnlyKeys("nl");
        assertThat(u.getLabels().getRemoved()).isEmpty();
        assertThat(u.getDescriptions().getModified()).containsOnlyKeys("en");
    }

    @Test
    void ourStatementWithAMovedPageGetsItsReferenceRefreshedButNotForADateAlone() {
        Value painting = settings.item("Q3305213");
        ItemDocument remote = ItemDocumentBuilder.forItemId(q1).withRevisionId(3)
                .withStatement(st(q1, "P31", painting, "Q1$a", ourRef("old-page"))).build();
        ItemDocument moved = ItemDocumentBuilder.forItemId(ItemIdValue.NULL)
                .withStatement(st(ItemIdValue.NULL, "P31", painting, null, ourRef("new-page"))).build();
        ItemUpdate u = ((MergePlan.Update) merge.plan(Optional.of(remote), moved)).update();
        assertThat(u.getStatements().getReplaced()).containsOnlyKeys("Q1$a");
        Reference laterDate = ReferenceBuilder.newInstance()
                .withPropertyValue(settings.pid(WikidataId.REFERENCE_URL), Datamodel.makeStringValue("https://collection.example.org/old-page"))
                .withPropertyValue(settings.pid(WikidataId.RETRIEVED), Inception.time(2026, 5, 5, TimeValue.PREC_DAY)).build();
        ItemDocument sameSource = ItemDocumentBuilder.forItemId(ItemIdValue.NULL)
                .withStatement(st(ItemIdValue.NULL, "P31", painting, null, laterDate)).build();
        assertThat(merge.plan(Optional.of(remote), sameSource)).isInstanceOf(MergePlan.Unchanged.class);
    }

    /**
     * Property test over random items: whatever the remote item holds, the plan never removes or changes a statement
     * that is not ours alone, never duplicates an existing claim, touches terms only in empty languages, makes every
     * desired claim present (unless others hold a single-valued property) and is idempotent.
     */
    @Test
    void mergePolicyHoldsForRandomItems() {
        Random random = new Random(20250314);
        String[] props = {"P31", "P186", "P571", "P2048", "P1476"};
        for (int round = 0; round < 500; round++) {
            ItemDocumentBuilder rb = ItemDocumentBuilder.forItemId(q1).withRevisionId(10 + round);
            if (random.nextBoolean()) rb.withLabel("their label", "en");
            if (random.nextBoolean()) rb.withDescription("their description", "nl");
            int n = random.nextInt(7);
            for (int i = 0; i < n; i++) {
                String p = props[random.nextInt(props.length)];
                Reference[] refs = switch (random.nextInt(4)) {
                    case 0 -> new Reference[] {};
                    case 1 -> new Reference[] {theirRef()};
                    case 2 -> new Reference[] {ourRef("p" + random.nextInt(2))};
                    default -> new Reference[] {ourRef("p0"), theirRef()};
                };
                rb.withStatement(st(q1, p, value(p, random.nextInt(3)), "Q1$" + round + "-" + i, refs));
            }
            ItemDocument remote = rb.build();
            ItemDocumentBuilder db = ItemDocumentBuilder.forItemId(ItemIdValue.NULL).withLabel("our label", "en")
                    .withLabel("ons label", "nl").withDescription("our description", "en");
            int m = random.nextInt(6);
            for (int i = 0; i < m; i++) {
                String p = props[random.nextInt(props.length)];
                db.withStatement(st(ItemIdValue.NULL, p, value(p, random.nextInt(3)), null, ourRef("p" + random.nextInt(2))));
            }
            ItemDocument desired = db.build();

            MergePlan plan = merge.plan(Optional.of(remote), desired);
            ItemDocument after = apply(remote, plan);
            List<Statement> remoteStatements = all(remote);
            for (Statement r : remoteStatements) {
                if (ours.isOurs(r)) continue;
                assertThat(all(after)).as("round %d keeps %s", round, r.getStatementId()).contains(r);
            }
            if (plan instanceof MergePlan.Update u) {
                for (Statement added : u.update().getStatements().getAdded())
                    assertThat(remoteStatements).noneMatch(r -> ItemMerge.sameClaim(r, added.withStatementId(r.getStatementId())));
                assertThat(u.update().getLabels().getRemoved()).isEmpty();
                assertThat(u.update().getDescriptions().getRemoved()).isEmpty();
                u.update().getLabels().getModified().keySet().forEach(l -> assertThat(remote.getLabels()).doesNotContainKey(l));
                u.update().getDescriptions().getModified().keySet().forEach(l -> assertThat(remote.getDescriptions()).doesNotContainKey(l));
            }
            Set<String> singleValued = Set.of("P571", "P2048");
            for (Statement d : all(desired.withEntityId(q1))) {
                String p = d.getMainSnak().getPropertyId().getId();
                boolean othersHold = remoteStatements.stream().anyMatch(r -> r.getMainSnak().getPropertyId().getId().equals(p) && !ours.isOurs(r));
                if (singleValued.contains(p) && othersHold) continue;
                assertThat(all(after)).as("round %d has %s", round, d).anyMatch(a -> ItemMerge.sameClaim(a, d));
            }
            assertThat(merge.plan(Optional.of(after), desired)).as("round %d idempotent", round).isInstanceOf(MergePlan.Unchanged.class);
        }
    }

    private Value value(String p, int k) {
        return switch (p) {
            case "P571" -> Inception.time(1640 + k, 0, 0, TimeValue.PREC_YEAR);
            case "P2048" -> Datamodel.makeQuantityValue(new java.math.BigDecimal(40 + k), settings.qid(WikidataId.CENTIMETRE));
            case "P1476" -> Datamodel.makeMonolingualTextValue("Title " + k, "en");
            default -> settings.item("Q" + (300 + k));
        };
    }

    private static List<Statement> all(ItemDocument d) {
        List<Statement> out = new ArrayList<>();
        d.getStatementGroups().forEach(g -> out.addAll(g.getStatements()));
        return out;
    }

    /** What the wiki holds after the plan's update, as Wikibase applies wbeditentity data. */
    private ItemDocument apply(ItemDocument remote, MergePlan plan) {
        if (!(plan instanceof MergePlan.Update u)) return remote;
        ItemUpdate up = u.update();
        ItemDocumentBuilder b = ItemDocumentBuilder.forItemId(q1).withRevisionId(remote.getRevisionId() + 1);
        remote.getLabels().values().forEach(b::withLabel);
        up.getLabels().getModified().values().forEach(b::withLabel);
        remote.getDescriptions().values().forEach(b::withDescription);
        up.getDescriptions().getModified().values().forEach(b::withDescription);
        Map<String, Statement> replaced = up.getStatements().getReplaced();
        for (Statement s : all(remote)) {
            if (up.getStatements().getRemoved().contains(s.getStatementId())) continue;
            b.withStatement(replaced.getOrDefault(s.getStatementId(), s));
        }
        int i = 0;
        for (Statement s : up.getStatements().getAdded()) b.withStatement(s.withStatementId("Q1$added-" + i++));
        return b.build();
    }

    @Test
    void againstTheFakeAnotherUsersStatementAndLabelSurviveAndARepushSendsNothing() throws Exception {
        FakeWikibase wiki = new FakeWikibase(WikibaseClientTest.BOT, WikibaseClientTest.PASSWORD);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(wiki);
            server.start();
            WikidataSettings s = Fixtures.settings(server.url("/w/api.php").toString());
            WikibaseClient client = new WikibaseClient(s, new WikibaseClient.Options(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(60), true));
            client.login(WikibaseClientTest.BOT, WikibaseClientTest.PASSWORD.toCharArray());
            // someone else made the item: a label, P31 and an inception of 1641 sourced elsewhere
            String qid = wiki.seed("{\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Night Watch\"}},\"claims\":{"
                    + "\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"numeric-id\":3305213,\"id\":\"Q3305213\"},\"type\":\"wikibase-entityid\"}},\"rank\":\"normal\"}],"
                    + "\"P571\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P571\",\"datavalue\":{\"value\":{\"time\":\"+1641-00-00T00:00:00Z\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":9,\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},\"type\":\"time\"}},\"rank\":\"normal\","
                    + "\"references\":[{\"snaks\":{\"P854\":[{\"snaktype\":\"value\",\"property\":\"P854\",\"datavalue\":{\"value\":\"https://rkd.nl/images/1\",\"type\":\"string\"}}]},\"snaks-order\":[\"P854\"]}]}]}}");
            String theirP571 = wiki.entity(qid).path("claims").path("P571").get(0).path("id").asText();
            ItemMerge m = new ItemMerge(s, Fixtures.ours(s));
            ItemDocument desired = Fixtures.projected(s, "SK-C-5");

            ItemDocument current = client.getEntities(List.of(qid)).get(qid);
            client.edit(((MergePlan.Update) m.plan(Optional.of(current), desired)).update(), "glam-lod: sync");

            var after = wiki.entity(qid);
            assertThat(after.path("labels").path("en").path("value").asText()).isEqualTo("Night Watch");
            assertThat(after.path("labels").path("nl").path("value").asText()).isEqualTo("De Nachtwacht");
            assertThat(after.path("claims").path("P571")).hasSize(1);
            assertThat(after.path("claims").path("P571").get(0).path("id").asText()).isEqualTo(theirP571);
            assertThat(after.path("claims").path("P31")).hasSize(1);
            assertThat(after.path("claims").path("P217").get(0).path("mainsnak").path("datavalue").path("value").asText()).isEqualTo("SK-C-5");
            assertThat(wiki.count("wbeditentity")).isEqualTo(1);

            ItemDocument again = client.getEntities(List.of(qid)).get(qid);
            assertThat(m.plan(Optional.of(again), desired)).isInstanceOf(MergePlan.Unchanged.class);
        }
    }
}
