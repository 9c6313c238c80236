package org.glamlod.pages;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glamlod.model.vocab.RightsStatements;

/**
 * A rights URI in plain words, as a page shows it next to an image: "Public domain", "CC0", "CC BY 4.0",
 * "In Copyright", "Rights unknown". Unknown rights are never read as open.
 *
 * @param uri   the rights URI, or null when the record has none
 * @param label the words
 * @param open  whether anyone may reuse it freely (public domain, CC0, CC BY, CC BY-SA)
 */
record Rights(String uri, String label, boolean open) {
    private static final Pattern CC_PUBLIC_DOMAIN = Pattern.compile("^https?://(?:www\\.)?creativecommons\\.org/publicdomain/(mark|zero)/.*");
    private static final Pattern CC_LICENCE = Pattern.compile("^https?://(?:www\\.)?creativecommons\\.org/licenses/([a-z-]+)/([0-9.]+)/?.*");
    private static final Pattern RIGHTS_STATEMENT = Pattern.compile("^https?://(?:www\\.)?rightsstatements\\.org/(?:vocab|page)/([A-Za-z-]+)/.*");

    static Rights of(String uri) {
        if (uri == null) return new Rights(null, "Rights unknown", false);
        Matcher m = CC_PUBLIC_DOMAIN.matcher(uri);
        if (m.matches()) return new Rights(uri, m.group(1).equals("mark") ? "Public domain" : "CC0", true);
        m = CC_LICENCE.matcher(uri);
        if (m.matches()) {
            String code = m.group(1);
            return new Rights(uri, "CC " + code.toUpperCase(Locale.ROOT) + " " + m.group(2), code.equals("by") || code.equals("by-sa"));
        }
        m = RIGHTS_STATEMENT.matcher(uri);
        if (m.matches() && RightsStatements.TITLES.containsKey(m.group(1)))
            return new Rights(uri, RightsStatements.TITLES.get(m.group(1)), false);
        return new Rights(uri, "Rights statement", false);
    }

    /** A CSS class for the badge: open, restricted, or unknown. */
    String kind() {
        return open ? "open" : uri == null ? "unknown" : "restricted";
    }

    /** A SPARQL expression true when {@code ?var} is an open rights URI; the same rule as {@link #open}. */
    static String sparqlIsOpen(String var) {
        return "REGEX(STR(" + var + "), \"^https?://(www\\\\.)?creativecommons\\\\.org/(publicdomain/(mark|zero)/|licenses/by(-sa)?/)\")";
    }
}
