package org.glamlod.sync.wikidata;

/**
 * Every property and item the Wikidata target writes or reads, with Wikidata's own id as the default. Another
 * Wikibase has other ids: {@link WikidataSettings.Builder#id(WikidataId, String)} overrides any of them, so no id is
 * hard-coded anywhere else.
 *
 * <p>The artwork model follows Wikidata:WikiProject sum of all paintings and Multichill's {@code artdatabot}
 * (see {@code shared/notes/wikimedia.md} §4): P217 always qualified by P195, references P248/P854 + P813,
 * attributions as qualifiers on P170, anonymous works as "some value" with P3831 = anonymous.
 */
public enum WikidataId {
    // statements on the artwork
    INSTANCE_OF("P31"),
    CREATOR("P170"),
    COLLECTION("P195"),
    INVENTORY_NUMBER("P217"),
    LOCATION("P276"),
    INCEPTION("P571"),
    MADE_FROM("P186"),
    APPLIES_TO_PART("P518"),
    HEIGHT("P2048"),
    WIDTH("P2049"),
    THICKNESS("P2610"),
    DIAMETER("P2386"),
    MASS("P2067"),
    TITLE("P1476"),
    IMAGE("P18"),
    DESCRIBED_AT_URL("P973"),
    COPYRIGHT_STATUS("P6216"),
    // references
    STATED_IN("P248"),
    REFERENCE_URL("P854"),
    RETRIEVED("P813"),
    // creator authority ids
    ULAN("P245"),
    VIAF("P214"),
    RKD_ARTISTS("P650"),
    // qualifiers
    SOURCING_CIRCUMSTANCES("P1480"),
    EARLIEST_DATE("P1319"),
    LATEST_DATE("P1326"),
    NATURE_OF_STATEMENT("P5102"),
    OBJECT_HAS_ROLE("P3831"),
    AUTHOR_NAME_STRING("P2093"),
    POSSIBLE_CREATOR("P1779"),
    WORKSHOP_OF("P1774"),
    FOLLOWER_OF("P1775"),
    CIRCLE_OF("P1776"),
    MANNER_OF("P1777"),
    SCHOOL_OF("P1780"),
    AFTER_A_WORK_BY("P1877"),
    APPLIES_TO_JURISDICTION("P1001"),
    DETERMINATION_METHOD("P459"),
    // items
    CIRCA("Q5727902"),
    ANONYMOUS("Q4233718"),
    ATTRIBUTION("Q230768"),
    PAINTING_SURFACE("Q861259"),
    PUBLIC_DOMAIN("Q19652"),
    COPYRIGHTED("Q50423863"),
    /** "countries with 100 years pma or shorter", the jurisdiction qualifier of P6216 = public domain. */
    PMA_100_JURISDICTION("Q60332278"),
    /** "100 years or more after author's death", the determination method qualifier. */
    PMA_100_METHOD("Q29940705"),
    // units
    MILLIMETRE("Q174789"),
    CENTIMETRE("Q174728"),
    METRE("Q11573"),
    INCH("Q218593"),
    FOOT("Q3710"),
    GRAM("Q41803"),
    KILOGRAM("Q11570"),
    POUND("Q100995");

    private final String wikidata;

    WikidataId(String wikidata) {
        this.wikidata = wikidata;
    }

    /** The id on Wikidata itself. */
    public String wikidata() {
        return wikidata;
    }

    public boolean isProperty() {
        return wikidata.startsWith("P");
    }
}
