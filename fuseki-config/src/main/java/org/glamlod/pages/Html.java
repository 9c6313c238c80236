package org.glamlod.pages;

import java.util.Locale;
import java.util.Set;

/**
 * An HTML document written by construction, so that nothing from a record can become markup: every text and every
 * attribute value goes through {@link #escape}, and URL attributes only take http(s) URLs or paths on this server
 * (a {@code javascript:} or {@code data:} URL from a record is dropped). Tag and attribute names are the code's own
 * constants. Attributes are given as name/value pairs; a null value leaves the attribute out. Public for the other
 * parts' pages (the sync dashboard), which share the site's layout.
 */
public final class Html {
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action");
    private static final Set<String> VOID_ELEMENTS = Set.of("meta", "link", "img", "input", "br", "hr");

    private final StringBuilder out = new StringBuilder(16_384);

    public Html open(String tag, String... attrs) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            String name = attrs[i];
            String value = URL_ATTRIBUTES.contains(name) ? safeUrl(attrs[i + 1]) : attrs[i + 1];
            if (value == null) continue;
            out.append(' ').append(name).append("=\"");
            escape(value, out);
            out.append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding text; a void element ({@code img}, {@code meta} …) when the tag is one. */
    public Html el(String tag, String text, String... attrs) {
        open(tag, attrs);
        if (VOID_ELEMENTS.contains(tag)) return this;
        return text(text).close(tag);
    }

    /** An element whose content {@code body} writes. */
    public Html el(String tag, String[] attrs, Runnable body) {
        open(tag, attrs);
        body.run();
        return close(tag);
    }

    public Html text(String text) {
        if (text != null) escape(text, out);
        return this;
    }

    /** A link, or just its text when the URL is not one a page may link to. */
    public Html link(String href, String text, String... attrs) {
        if (safeUrl(href) == null) return text(text);
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    /**
     * A JSON-LD data block. JSON's structure never holds {@code < > &}, so writing them as JSON unicode escapes
     * everywhere only touches strings, where they mean the same, and no value can close the element early.
     */
    Html jsonLd(String json) {
        out.append("<script type=\"application/ld+json\">")
                .append(json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
                .append("</script>");
        return this;
    }

    /** The doctype; written first. */
    Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /** Markup of this class's own making (another {@code Html}), e.g. a fragment rendered once and used twice. */
    Html append(Html fragment) {
        out.append(fragment.out);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    public static String[] attrs(String... pairs) {
        return pairs;
    }

    /** A URL safe for href/src: absolute http(s), or a path, query or fragment on this server; else null. */
    static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        if (u.startsWith("/")) return u.startsWith("//") ? null : u;
        if (u.startsWith("?") || u.startsWith("#")) return u;
        String lower = u.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://")) && u.length() > lower.indexOf("//") + 2) return u;
        return null;
    }

    /** Escapes text for element content and quoted attribute values; control characters become U+FFFD. */
    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f) out.append('\uFFFD');
                    else out.append(c);
                }
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, sb);
        return sb.toString();
    }
}
