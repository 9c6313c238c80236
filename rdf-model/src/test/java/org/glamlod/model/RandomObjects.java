package org.glamlod.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.glamlod.model.vocab.AAT;

/**
 * Seeded generator of varied objects for property-style tests: every field, empty and full, awkward text (markup,
 * quotes, newlines, non-BMP characters), odd ids, BCE and far-future dates, precise decimals.
 */
public final class RandomObjects {
    private static final String[] LANGS = {"en", "nl", "da", "de", "fr", "ja", "la", null};
    private static final String[] WORDS = {"Portrait", "Landscape", "<b>Study</b>", "\"Quoted\"", "Vase", "Skål",
            "Still life\nwith fruit", "🎨 emoji", "a & b", "Ünïcödé", "tab\there", "back\\slash", "Night", "葛飾北斎"};
    private static final String[] ID_CHARS = {"A", "b", "1", "-", ".", "_", "~", " ", "/", ":", "é", "#", "%", "?"};

    private final Random random;
    private int serial;

    public RandomObjects(long seed) {
        this.random = new Random(seed);
    }

    public HumanMadeObject next() {
        HumanMadeObject.Builder b = HumanMadeObject.builder(id());
        repeat(3, () -> b.identifier(new Identifier(text(), pick(Identifier.Type.values()))));
        repeat(4, () -> b.title(new Name(text(), pick(LANGS), random.nextBoolean())));
        repeat(2, () -> b.classification(concept("type")));
        if (random.nextBoolean()) b.production(production());
        repeat(4, () -> b.dimension(new Dimension(pick(Dimension.Type.values()),
                BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4)), pick(Dimension.Unit.values()))));
        repeat(3, () -> b.material(concept("material")));
        repeat(2, () -> b.supportMaterial(concept("material")));
        repeat(5, () -> b.statement(new Statement(pick(Statement.Type.values()), text(), pick(LANGS))));
        repeat(2, () -> b.memberOf(new ObjectSet(id(), text())));
        if (random.nextBoolean()) b.currentOwner(agent());
        if (random.nextBoolean()) b.custodian(agent());
        repeat(3, () -> b.subject(concept("subject")));
        repeat(3, () -> b.image(new Image(url("img"), random.nextBoolean() ? "image/jpeg" : null,
                random.nextBoolean() ? url("rights") : null, random.nextBoolean() ? url("iiif") : null)));
        if (random.nextBoolean()) b.iiifManifest(url("manifest"));
        if (random.nextBoolean()) b.webPage(url("page"));
        if (random.nextBoolean()) b.rights(url("rights"));
        repeat(2, () -> b.equivalent("http://www.wikidata.org/entity/Q" + random.nextInt(1000)));
        return b.build();
    }

    public List<HumanMadeObject> next(int n) {
        List<HumanMadeObject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(next());
        return out;
    }

    private Production production() {
        List<Creator> creators = new ArrayList<>();
        repeat(3, () -> creators.add(new Creator(agent(), random.nextBoolean() ? concept("role") : null,
                pick(Creator.Qualifier.values()))));
        List<Concept> techniques = new ArrayList<>();
        repeat(2, () -> techniques.add(concept("technique")));
        return new Production(creators, random.nextBoolean() ? timespan() : null,
                random.nextBoolean() ? new Place(id(), names(), equivalents()) : null, techniques);
    }

    private Agent agent() {
        List<Concept> nationalities = new ArrayList<>();
        repeat(2, () -> nationalities.add(concept("nationality")));
        return new Agent(id(), pick(Agent.Kind.values()), names(), random.nextBoolean() ? timespan() : null,
                random.nextBoolean() ? timespan() : null, nationalities, equivalents());
    }

    private List<Name> names() {
        List<Name> names = new ArrayList<>();
        repeat(3, () -> names.add(new Name(text(), pick(LANGS), random.nextBoolean())));
        return names;
    }

    private List<String> equivalents() {
        List<String> out = new ArrayList<>();
        repeat(2, () -> out.add("http://vocab.getty.edu/ulan/" + (500000000 + random.nextInt(1000))));
        return out;
    }

    private TimeSpan timespan() {
        Instant begin = random.nextInt(4) == 0 ? null
                : Instant.ofEpochSecond(-80_000_000_000L + (long) (random.nextDouble() * 90_000_000_000L));
        Instant end = random.nextInt(4) == 0 ? null : Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE));
        String display = begin == null && end == null || random.nextBoolean() ? text() : null;
        return new TimeSpan(begin, end, display);
    }

    /** A concept whose label depends on its URI only: one label per concept, as in a real vocabulary. */
    private Concept concept(String kind) {
        int n = random.nextInt(30);
        return Concept.of(AAT.NS + kind.hashCode() % 1000 + "00" + n, n % 5 == 0 ? null : kind + " " + n);
    }

    private String id() {
        StringBuilder sb = new StringBuilder();
        int len = 1 + random.nextInt(12);
        for (int i = 0; i < len; i++) sb.append(pick(ID_CHARS));
        // unique: in real data one id is one resource, described the same everywhere
        return sb.append(serial++).toString();
    }

    private String url(String path) {
        return "https://media.example.org/" + path + "/" + random.nextInt(100_000) + ".jpg";
    }

    private String text() {
        return pick(WORDS) + " " + random.nextInt(1000);
    }

    private void repeat(int max, Runnable r) {
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) r.run();
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

}
