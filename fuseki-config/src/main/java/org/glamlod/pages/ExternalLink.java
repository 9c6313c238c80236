package org.glamlod.pages;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An equivalent ({@code la:equivalent}) as a link people can follow: Wikidata entity URIs go to the item's page,
 * Europeana's data URIs to its item page; known authorities get their name ("ULAN 500011051"), others their host.
 *
 * @param href   where the link goes
 * @param source the authority ("Wikidata", "Europeana" …)
 * @param detail its id there, or an empty string
 * @param rank   sort order: Wikidata, Commons, Europeana, the Getty vocabularies, then the rest
 */
record ExternalLink(String href, String source, String detail, int rank) {
    private static final Pattern WIKIDATA = Pattern.compile("^https?://(?:www\\.)?wikidata\\.org/(?:entity|wiki)/([QPL]\\d+)$");
    private static final Pattern COMMONS = Pattern.compile("^https?://commons\\.wikimedia\\.org/(?:wiki|entity)/(.+)$");
    private static final Pattern EUROPEANA = Pattern.compile("^https?://(?:data|www)\\.europeana\\.eu/(?:[a-z]{2}/)?item(/[^/]+/[^/?#]+)$");
    private static final Pattern GETTY = Pattern.compile("^https?://vocab\\.getty\\.edu/(?:page/)?(ulan|tgn|aat)/(\\d+)$");
    private static final Pattern VIAF = Pattern.compile("^https?://(?:www\\.)?viaf\\.org/viaf/(\\d+)/?$");
    private static final Pattern GND = Pattern.compile("^https?://d-nb\\.info/gnd/([0-9X-]+)/?$");

    static final Comparator<ExternalLink> ORDER = Comparator.comparingInt(ExternalLink::rank)
            .thenComparing(ExternalLink::source).thenComparing(ExternalLink::href);

    static ExternalLink of(String uri) {
        Matcher m = WIKIDATA.matcher(uri);
        if (m.matches()) return new ExternalLink("https://www.wikidata.org/wiki/" + m.group(1), "Wikidata", m.group(1), 0);
        m = COMMONS.matcher(uri);
        if (m.matches()) return new ExternalLink(uri, "Wikimedia Commons", decode(m.group(1)).replace('_', ' '), 1);
        m = EUROPEANA.matcher(uri);
        if (m.matches()) return new ExternalLink("https://www.europeana.eu/item" + m.group(1), "Europeana", "", 2);
        m = GETTY.matcher(uri);
        if (m.matches()) return new ExternalLink(uri, m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2), 3);
        m = VIAF.matcher(uri);
        if (m.matches()) return new ExternalLink(uri, "VIAF", m.group(1), 4);
        m = GND.matcher(uri);
        if (m.matches()) return new ExternalLink(uri, "GND", m.group(1), 4);
        return new ExternalLink(uri, host(uri), "", 9);
    }

    static List<ExternalLink> of(List<String> uris) {
        return uris.stream().map(ExternalLink::of).sorted(ORDER).toList();
    }

    /** "Wikidata Q219831", or just the source when there is no id to show. */
    String text() {
        return detail.isEmpty() ? source : source + " " + detail;
    }

    private static String host(String uri) {
        try {
            String host = URI.create(uri).getHost();
            if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            // not a URI Java parses; show it whole
        }
        return uri;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
