package org.glamlod.sync.wikidata;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;
import org.wikidata.wdtk.datamodel.interfaces.PropertyIdValue;

/**
 * Everything the Wikidata target needs to know about the wiki and the museum. Immutable; {@link #builder()} starts
 * from Wikidata's own API and ids, so a local Wikibase only overrides what differs.
 *
 * @param apiUrl              the wiki's {@code api.php}
 * @param siteIri             the wiki's concept base URI, e.g. {@code http://www.wikidata.org/entity/}; never mixed
 * @param institution         item of the museum
 * @param collection          item of the collection: P195, and the qualifier of P217
 * @param collectionShortName short name appended with the inventory number to disambiguate descriptions ("SMK")
 * @param location            item for P276, or null
 * @param statedIn            item of the museum's online collection database for P248, or null for P854 only
 * @param languages           languages of labels, descriptions and titles, in order of preference
 * @param contact             the operator's contact for the User-Agent (an e-mail address or a user page URL)
 * @param maxLag              {@code maxlag} sent with every edit (the bot policy asks for 5)
 * @param ids                 every property and item id used, complete
 * @param authorities         prefix of an agent's equivalent URI → the property holding that authority's id
 * @param vocabulary          AAT → item table for types and materials
 */
public record WikidataSettings(String apiUrl, String siteIri, String institution, String collection,
                               String collectionShortName, String location, String statedIn, List<String> languages,
                               String contact, int maxLag, Map<WikidataId, String> ids,
                               Map<String, WikidataId> authorities, Vocabulary vocabulary) {
    public static final String WIKIDATA_API = "https://www.wikidata.org/w/api.php";

    public WikidataSettings {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(siteIri, "siteIri");
        requireQid(institution, "institution");
        requireQid(collection, "collection");
        if (location != null) requireQid(location, "location");
        if (statedIn != null) requireQid(statedIn, "statedIn");
        Objects.requireNonNull(collectionShortName, "collectionShortName");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) throw new IllegalArgumentException("at least one language");
        if (contact == null || contact.isBlank())
            throw new IllegalArgumentException("an operator contact is required: Wikimedia's User-Agent policy");
        if (maxLag <= 0) throw new IllegalArgumentException("maxlag must be positive");
        EnumMap<WikidataId, String> complete = new EnumMap<>(WikidataId.class);
        for (WikidataId id : WikidataId.values()) {
            String value = ids.getOrDefault(id, id.wikidata());
            if (!value.matches((id.isProperty() ? "P" : "Q") + "[1-9][0-9]*"))
                throw new IllegalArgumentException(id + ": not a " + (id.isProperty() ? "PID" : "QID") + ": " + value);
            complete.put(id, value);
        }
        ids = Map.copyOf(complete);
        authorities = Map.copyOf(authorities);
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    private static void requireQid(String qid, String what) {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException(what + ": not a QID: " + qid);
    }

    public String id(WikidataId id) {
        return ids.get(id);
    }

    public PropertyIdValue pid(WikidataId id) {
        if (!id.isProperty()) throw new IllegalArgumentException(id + " is an item");
        return Datamodel.makePropertyIdValue(ids.get(id), siteIri);
    }

    public ItemIdValue qid(WikidataId id) {
        if (id.isProperty()) throw new IllegalArgumentException(id + " is a property");
        return item(ids.get(id));
    }

    public ItemIdValue item(String qid) {
        return Datamodel.makeItemIdValue(qid, siteIri);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.apiUrl = apiUrl;
        b.siteIri = siteIri;
        b.institution = institution;
        b.collection = collection;
        b.collectionShortName = collectionShortName;
        b.location = location;
        b.statedIn = statedIn;
        b.languages = languages;
        b.contact = contact;
        b.maxLag = maxLag;
        b.ids.putAll(ids);
        b.authorities.clear();
        b.authorities.putAll(authorities);
        b.vocabulary = vocabulary;
        return b;
    }

    /** Defaults: Wikidata's API and ids, maxlag 5, English, the bundled vocabulary, ULAN/VIAF/RKD authorities. */
    public static final class Builder {
        private String apiUrl = WIKIDATA_API;
        private String siteIri = Datamodel.SITE_WIKIDATA;
        private String institution;
        private String collection;
        private String collectionShortName;
        private String location;
        private String statedIn;
        private List<String> languages = List.of("en");
        private String contact;
        private int maxLag = 5;
        private final Map<WikidataId, String> ids = new EnumMap<>(WikidataId.class);
        private final Map<String, WikidataId> authorities = new LinkedHashMap<>(Map.of(
                "http://vocab.getty.edu/ulan/", WikidataId.ULAN,
                "http://viaf.org/viaf/", WikidataId.VIAF,
                "https://rkd.nl/explore/artists/", WikidataId.RKD_ARTISTS,
                "https://rkd.nl/artists/", WikidataId.RKD_ARTISTS));
        private Vocabulary vocabulary;

        private Builder() {}

        public Builder apiUrl(String url) { this.apiUrl = url; return this; }
        public Builder siteIri(String iri) { this.siteIri = iri; return this; }
        public Builder institution(String qid) { this.institution = qid; return this; }
        public Builder collection(String qid) { this.collection = qid; return this; }
        public Builder collectionShortName(String name) { this.collectionShortName = name; return this; }
        public Builder location(String qid) { this.location = qid; return this; }
        public Builder statedIn(String qid) { this.statedIn = qid; return this; }
        public Builder languages(List<String> tags) { this.languages = List.copyOf(tags); return this; }
        public Builder contact(String contact) { this.contact = contact; return this; }
        public Builder maxLag(int seconds) { this.maxLag = seconds; return this; }
        public Builder id(WikidataId id, String value) { ids.put(id, value); return this; }
        public Builder authority(String uriPrefix, WikidataId property) { authorities.put(uriPrefix, property); return this; }
        public Builder vocabulary(Vocabulary v) { this.vocabulary = v; return this; }

        public WikidataSettings build() {
            return new WikidataSettings(apiUrl, siteIri, institution, collection,
                    collectionShortName == null ? "" : collectionShortName, location, statedIn, languages, contact,
                    maxLag, ids, authorities, vocabulary == null ? Vocabulary.bundled() : vocabulary);
        }
    }
}
