package org.glamlod.model.rdf;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Mints the URIs of first-class resources from the dataset's base URI and the source's stable ids:
 * {@code {base}object/{id}}, {@code {base}agent/{id}}, {@code {base}place/{id}}, {@code {base}set/{id}},
 * {@code {base}concept/{path}}. Ids are percent-encoded (RFC 3986 unreserved characters stay), so any id a source
 * uses gives a valid URI that maps back to the same id.
 */
public final class UriScheme {
    public static final String OBJECT = "object/";
    public static final String AGENT = "agent/";
    public static final String PLACE = "place/";
    public static final String SET = "set/";
    public static final String CONCEPT = "concept/";

    private final String base;

    public UriScheme(String base) {
        URI parsed = URI.create(base);
        if (!parsed.isAbsolute() || !base.endsWith("/"))
            throw new IllegalArgumentException("base URI must be absolute and end with '/': " + base);
        this.base = base;
    }

    public String base() {
        return base;
    }

    public String object(String id) { return base + OBJECT + encode(id); }
    public String agent(String id) { return base + AGENT + encode(id); }
    public String place(String id) { return base + PLACE + encode(id); }
    public String set(String id) { return base + SET + encode(id); }

    /** A concept of the dataset's own vocabulary; {@code path} segments are kept, each encoded. */
    public String concept(String path) {
        StringBuilder sb = new StringBuilder(base).append(CONCEPT);
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) sb.append(i > 0 ? "/" : "").append(encode(parts[i]));
        return sb.toString();
    }

    /** The id in a URI this scheme minted with the given kind prefix ({@link #OBJECT} …), if it is one. */
    public Optional<String> idOf(String uri, String kind) {
        String prefix = base + kind;
        if (!uri.startsWith(prefix)) return Optional.empty();
        String rest = uri.substring(prefix.length());
        return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(decode(rest));
    }

    /** The path of a concept URI of this dataset's own vocabulary. */
    public Optional<String> conceptPath(String uri) {
        String prefix = base + CONCEPT;
        return uri.startsWith(prefix) ? Optional.of(decode(uri.substring(prefix.length()))) : Optional.empty();
    }

    static String encode(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~')
                sb.append((char) c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
        return sb.toString();
    }

    static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
