package org.glamlod.model.vocab;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Language tags (BCP 47 primary subtags, as museums record them) to the Language entities Linked Art links with
 * {@code language}: AAT terms for the languages collections commonly use, ISO 639-1 URIs of the Library of Congress
 * for the rest, so every tag has an entity and every entity maps back to its tag.
 */
public final class Languages {
    private static final String ISO639_1 = "http://id.loc.gov/vocabulary/iso639-1/";

    private static final Map<String, String> AAT_BY_TAG = Map.ofEntries(
            Map.entry("en", AAT.NS + "300388277"),
            Map.entry("nl", AAT.NS + "300388256"),
            Map.entry("de", AAT.NS + "300388344"),
            Map.entry("fr", AAT.NS + "300388306"),
            Map.entry("es", AAT.NS + "300389311"),
            Map.entry("it", AAT.NS + "300388474"),
            Map.entry("da", AAT.NS + "300388204"));
    private static final Map<String, String> TAG_BY_URI = AAT_BY_TAG.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** The normalised tag: lower case primary subtag ("en-GB" → "en"). */
    public static String normalise(String tag) {
        String t = tag.trim().toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }

    public static String uri(String tag) {
        String t = normalise(tag);
        return AAT_BY_TAG.getOrDefault(t, ISO639_1 + t);
    }

    public static Optional<String> tag(String uri) {
        String known = TAG_BY_URI.get(uri);
        if (known != null) return Optional.of(known);
        return uri.startsWith(ISO639_1) ? Optional.of(uri.substring(ISO639_1.length())) : Optional.empty();
    }

    /** English name of the language, for labels. */
    public static String label(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    private Languages() {}
}
