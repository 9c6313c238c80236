package org.glamlod.sync.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.ItemDocumentBuilder;
import org.wikidata.wdtk.datamodel.helpers.StatementBuilder;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;

class QuickStatementsTest {
    private final WikidataSettings settings = Fixtures.settings();

    @Test
    void aNewItemIsCreateThenLastLinesWithQualifiersAndSources() {
        ItemDocument desired = Fixtures.projected(settings, "SK-C-5");
        List<String> qs = QuickStatements.commands(new MergePlan.Create(desired), Optional.empty());
        String src = "\tS248\t" + Fixtures.DATABASE + "\tS813\t+2025-03-14T00:00:00Z/11\tS854\t\"https://collection.example.org/collection/SK-C-5\"";
        assertThat(qs.get(0)).isEqualTo("CREATE");
        assertThat(qs).contains("LAST\tLen\t\"The Night Watch\"", "LAST\tLnl\t\"De Nachtwacht\"",
                "LAST\tDen\t\"painting by Rembrandt van Rijn\"",
                "LAST\tP31\tQ3305213" + src,
                "LAST\tP217\t\"SK-C-5\"\tP195\t" + Fixtures.COLLECTION + src,
                "LAST\tP571\t+1642-00-00T00:00:00Z/9" + src,
                "LAST\tP2048\t379.5U174728" + src,
                "LAST\tP186\tQ12321255\tP518\tQ861259" + src,
                "LAST\tP1476\ten:\"The Night Watch\"" + src);
        assertThat(QuickStatements.commands(new MergePlan.Create(Fixtures.projected(settings, "RP-P-1961-1021")), Optional.empty()))
                .anyMatch(l -> l.startsWith("LAST\tP170\tsomevalue\tP1877\tQ5598\t"));
    }

    @Test
    void anUpdateRemovesTheOldValueAndAddsTheNewAndTheDiffReadsWell() {
        ItemIdValue q = settings.item("Q42");
        ItemDocument current = ItemDocumentBuilder.forItemId(q).withRevisionId(9)
                .withStatement(StatementBuilder.forSubjectAndProperty(q, settings.pid(WikidataId.HEIGHT))
                        .withValue(Datamodel.makeQuantityValue(new java.math.BigDecimal("379"), settings.qid(WikidataId.CENTIMETRE)))
                        .withReference(Fixtures.projected(settings, "SK-C-5").getStatementGroups().get(0).getStatements().get(0).getReferences().get(0))
                        .withId("Q42$h").build()).build();
        MergePlan plan = new ItemMerge(settings, Fixtures.ours(settings)).plan(Optional.of(current), Fixtures.projected(settings, "SK-C-5"));
        List<String> qs = QuickStatements.commands(plan, Optional.of(current));
        assertThat(qs).contains("-Q42\tP2048\t379U174728").anyMatch(l -> l.startsWith("Q42\tP2048\t379.5U174728\t"))
                .contains("Q42\tLen\t\"The Night Watch\"").noneMatch(l -> l.startsWith("CREATE"));
        String diff = QuickStatements.diff("SK-C-5", plan, Optional.of(current));
        assertThat(diff).startsWith("SK-C-5: update Q42 against revision 9\n")
                .contains("\n+ label en: The Night Watch\n")
                .contains("\n- P2048 379U174728\n+ P2048 379.5U174728\n")
                .contains("\n+ P217 \"SK-C-5\" [P195 " + Fixtures.COLLECTION + "]\n");
        assertThat(QuickStatements.diff("SK-C-5", new MergePlan.Unchanged(), Optional.of(current))).isEqualTo("SK-C-5: unchanged, no request\n");
        assertThat(QuickStatements.commands(new MergePlan.Unchanged(), Optional.of(current))).isEmpty();
    }
}
