package org.glamlod.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.glamlod.model.Image;
import org.glamlod.model.rdf.UriScheme;

/**
 * Where things are on this server. The data keeps the dataset's URIs ({@code {base}object/{id}}), which need not be
 * this server's address; pages link to the same path here ({@code /object/{id}}), so a server on localhost, or one
 * behind a proxy that has not taken over the real host name yet, is browsable as it is.
 */
public final class Links {
    private final UriScheme uris;
    private final String context;

    /** @param contextPath the servlet context path: "" at the root */
    public Links(UriScheme uris, String contextPath) {
        this.uris = uris;
        this.context = contextPath;
    }

    String home() {
        return context + "/";
    }

    /** This server's path for one of the dataset's URIs, or null for a URI outside the dataset. */
    public String local(String uri) {
        return uri != null && uri.startsWith(uris.base()) ? context + "/" + uri.substring(uris.base().length()) : null;
    }

    String objectUri(String id) {
        return uris.object(id);
    }

    String agentUri(String id) {
        return uris.agent(id);
    }

    String placeUri(String id) {
        return uris.place(id);
    }

    String setUri(String id) {
        return uris.set(id);
    }

    /** A representation of one of the dataset's resources by extension ({@code /object/SK-C-5.ttl}). */
    String format(String uri, Format format) {
        return local(uri) + "." + format.extension;
    }

    /** A concept's page: the dataset's own concepts at their path; any other (AAT …) by its URI. */
    String concept(String uri) {
        String local = local(uri);
        return local != null ? local : context + "/concept?uri=" + encode(uri);
    }

    String search(String query, int page) {
        StringBuilder sb = new StringBuilder(context).append("/search");
        String sep = "?";
        if (query != null && !query.isBlank()) {
            sb.append(sep).append("q=").append(encode(query));
            sep = "&";
        }
        if (page > 1) sb.append(sep).append("page=").append(page);
        return sb.toString();
    }

    /** The same page with another page number; {@code base} is the page's path and query without {@code page}. */
    static String paged(String base, int page) {
        if (page <= 1) return base;
        return base + (base.contains("?") ? "&" : "?") + "page=" + page;
    }

    String sparqlDescribe(String uri) {
        return context + "/sparql?query=" + encode("DESCRIBE <" + uri + ">");
    }

    String sparql() {
        return context + "/sparql";
    }

    String queryUi() {
        return context + "/query";
    }

    String dumps() {
        return context + "/dumps";
    }

    String voidDescription() {
        return context + "/void";
    }

    String asset(String name) {
        return context + "/pages/" + name;
    }

    /** A small rendition for lists: from the IIIF Image service when there is one, else the file itself. */
    static String thumbnail(Image image, int size) {
        if (image.iiifService() == null) return image.accessPoint();
        return image.iiifService().replaceAll("/+$", "") + "/full/!" + size + "," + size + "/0/default.jpg";
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
