package org.glamlod.sync.wikidata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;

/** The demo museum's settings and the samples' projections, shared by the tests. */
final class Fixtures {
    static final String MUSEUM = "Q4115189";
    static final String COLLECTION = "Q4115189";
    static final String LOCATION = "Q4115190";
    static final String DATABASE = "Q4115191";
    static final LocalDate RETRIEVED = LocalDate.of(2025, 3, 14);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final UriScheme URIS = new UriScheme(SampleCollection.BASE_URI);
    /** Rembrandt, Vermeer, Hammershøi, Hokusai, the workshop, Karin Lind. */
    static final Map<String, String> CREATORS = Map.of("rembrandt", "Q5598", "vermeer", "Q41264", "hammershoi", "Q380704",
            "hokusai", "Q5586", "rembrandt-workshop", "Q2035296", "lind", "Q4115192");

    static WikidataSettings settings(String apiUrl) {
        return WikidataSettings.builder().apiUrl(apiUrl).institution(MUSEUM).collection(COLLECTION)
                .collectionShortName("EMA").location(LOCATION).statedIn(DATABASE).languages(List.of("en", "nl"))
                .contact("sync-bot@collection.example.org").build();
    }

    static WikidataSettings settings() {
        return settings(WikidataSettings.WIKIDATA_API);
    }

    static ProjectionContext context() {
        return new ProjectionContext(null, CREATORS, RETRIEVED, TODAY);
    }

    static ReferenceIdentity ours(WikidataSettings s) {
        return ReferenceIdentity.of(s, List.of(SampleCollection.BASE_URI));
    }

    static HumanMadeObject sample(String id) {
        return SampleCollection.all().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    static ItemDocument projected(WikidataSettings s, String id) {
        ProjectionResult r = new WikidataProjection(s, URIS).project(sample(id), context());
        if (r instanceof ProjectionResult.Projected p) return p.item();
        throw new AssertionError(id + " not projectable: " + r);
    }

    private Fixtures() {}
}
