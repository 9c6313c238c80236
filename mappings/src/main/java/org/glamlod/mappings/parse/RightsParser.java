package org.glamlod.mappings.parse;


import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glamlod.model.vocab.RightsStatements;

/**
 * Maps what sources give as rights (a URI in any common spelling, a licence name, a public-domain flag) to one
 * canonical rights URI: {@code http://}, with a trailing slash, as Europeana accepts them and as
 * {@link org.glamlod.model.HumanMadeObject#rights()} and {@link org.glamlod.model.Image#rights()} store them.
 *
 * <p>Understood: Creative Commons licences (BY, BY-SA, BY-ND, BY-NC, BY-NC-SA, BY-NC-ND; versions 1.0 to 4.0,
 * with a jurisdiction port before 4.0), CC0 and the Public Domain Mark, as URIs ({@code https}, {@code www.}, no
 * trailing slash, {@code /deed.en}, {@code /legalcode}, query strings) or names ("CC0", "CC0 1.0 Universal",
 * "CC-BY-SA 4.0", "Creative Commons Attribution-ShareAlike 4.0 International", "Public Domain", "PDM"); the twelve
 * rightsstatements.org statements as {@code /vocab/} or {@code /page/} URIs, codes ("InC-EDU") or titles ("In
 * Copyright - Educational Use Permitted"). "No known copyright restrictions" (Flickr Commons, Smithsonian) is
 * rightsstatements.org's No Known Copyright (NKC), which is not an open licence.
 *
 * <p>Nothing else is guessed. Free text ("© the artist", "All rights reserved", "Copyright SMK"), a licence without
 * a version ("CC BY") and an unknown URI are failures with no value: unknown rights are never taken to be open, so
 * the rights gate and Europeana's rights check fail closed on them.
 */
public final class RightsParser {
    public static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    public static final String PUBLIC_DOMAIN_MARK = "http://creativecommons.org/publicdomain/mark/1.0/";
    private static final String LICENSES = "http://creativecommons.org/licenses/";
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_–-]+");

    private static final Map<String, String> STATEMENT_CODES = RightsStatements.TITLES.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(code -> code.toLowerCase(Locale.ROOT), Function.identity()));

    /** Names, compared as {@link #words} leaves them: the licences' own names, and rightsstatements.org's. */
    private static final Map<String, String> NAMES = names();

    private static final String PAGE_SUFFIX = "(?:/(?:deed|legalcode)(?:\\.[a-z_-]+)?)?/?";
    private static final String CC_SITE = "(?:https?://)?(?:www\\.)?creativecommons\\.org/";
    private static final Pattern CC_LICENSE =
            Pattern.compile(CC_SITE + "licenses/([a-z-]+)/(\\d\\.\\d)(?:/([a-z]{2}))?" + PAGE_SUFFIX);
    private static final Pattern CC_PUBLIC_DOMAIN =
            Pattern.compile(CC_SITE + "publicdomain/(zero|mark)/1\\.0" + PAGE_SUFFIX);
    /** Creative Commons' explainer pages, which some museums (SMK) give as the rights of public-domain works. */
    private static final Pattern CC_EXPLAINER = Pattern.compile(CC_SITE + "share-your-work/public-domain/(cc0|pdm)/?");
    private static final Pattern RIGHTS_STATEMENT =
            Pattern.compile("(?:https?://)?(?:www\\.)?rightsstatements\\.org/(?:vocab|page)/([a-z-]+)/1\\.0/?");
    private static final String LICENSE_TERM = "by|sa|nc|nd|attribution|sharealike|share alike|noncommercial"
            + "|non commercial|noderivatives|noderivs|no derivatives|no derivs";
    private static final Pattern LICENSE_NAME = Pattern.compile("(?:(?:cc|creative commons)(?: licen[cs]e)? )?"
            + "((?:" + LICENSE_TERM + ")(?: (?:" + LICENSE_TERM + "))*) (\\d(?:\\.\\d)?)"
            + "(?: (international|unported|generic|[a-z]{2}))?(?: licen[cs]e)?");
    private static final Set<String> LICENSE_CODES = Set.of("by", "by-sa", "by-nd", "by-nc", "by-nc-sa", "by-nc-nd");
    private static final Set<String> VERSIONS = Set.of("1.0", "2.0", "2.1", "2.5", "3.0", "4.0");

    private RightsParser() {}

    /** The canonical rights URI for a rights URI or name, nothing for a blank field, or a failure quoting the text. */
    public static Parsed<String> parse(String text) {
        if (text == null || text.isBlank()) return Parsed.nothing();
        String uri = QUERY_OR_FRAGMENT.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        String canonical = uri(uri);
        if (canonical == null) canonical = NAMES.get(words(text));
        if (canonical == null) canonical = licenseName(words(text));
        return canonical != null ? Parsed.of(canonical)
                : Parsed.failed("unrecognised rights: \"" + text.strip() + "\"");
    }

    /**
     * A public-domain flag such as SMK's {@code public_domain}: "true" is the Public Domain Mark; "false" is nothing,
     * since not public domain does not say which rights apply.
     */
    public static Parsed<String> publicDomainFlag(String flag) {
        if (flag == null || flag.isBlank()) return Parsed.nothing();
        return switch (flag.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Parsed.of(PUBLIC_DOMAIN_MARK);
            case "false" -> Parsed.nothing();
            default -> Parsed.failed("not a public-domain flag (true or false): \"" + flag.strip() + "\"");
        };
    }

    /**
     * The Smithsonian's {@code content.descriptiveNonRepeating.metadata_usage.access}: "CC0" is CC0; "Usage
     * conditions apply" is nothing, since it does not say which conditions.
     */
    public static Parsed<String> smithsonianAccess(String access) {
        if (access == null || access.isBlank()) return Parsed.nothing();
        return switch (access.strip().toLowerCase(Locale.ROOT)) {
            case "cc0" -> Parsed.of(CC0);
            case "usage conditions apply" -> Parsed.nothing();
            default -> Parsed.failed("unknown Smithsonian access value: \"" + access.strip() + "\"");
        };
    }

    /**
     * Whether the rights let anyone reuse the work without conditions, which is what the rights gate requires
     * before an image goes to Wikimedia Commons: true for CC0 and the Public Domain Mark only (in any spelling
     * {@link #parse} understands). Every other licence and statement, including CC BY and CC BY-SA (which
     * Europeana counts as open but which carry attribution and share-alike conditions), NKC and NoC-US, and
     * anything unrecognised, is false.
     */
    public static boolean isOpen(String rights) {
        return parse(rights).value().filter(uri -> uri.equals(CC0) || uri.equals(PUBLIC_DOMAIN_MARK)).isPresent();
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>(Words.index(
                Map.entry("cc0|cc 0|cc zero|creative commons zero|cc0 1.0|cc0 1.0 universal|cc0 1.0 universal (cc0 1.0)"
                        + " public domain dedication|cc0 public domain dedication|public domain dedication", CC0),
                Map.entry("public domain|publicdomain|pd|pdm|pdm 1.0|public domain mark|public domain mark 1.0"
                        + "|gemeinfrei|publiek domein|domaine public", PUBLIC_DOMAIN_MARK),
                Map.entry("no known copyright restrictions", statement("NKC"))));
        RightsStatements.TITLES.forEach((code, title) -> {
            names.put(words(code), statement(code));
            names.put(words(title), statement(code));
        });
        return Map.copyOf(names);
    }

    private static String uri(String s) {
        Matcher m = CC_PUBLIC_DOMAIN.matcher(s);
        if (m.matches()) return m.group(1).equals("zero") ? CC0 : PUBLIC_DOMAIN_MARK;
        m = CC_EXPLAINER.matcher(s);
        if (m.matches()) return m.group(1).equals("cc0") ? CC0 : PUBLIC_DOMAIN_MARK;
        m = RIGHTS_STATEMENT.matcher(s);
        if (m.matches()) {
            String code = STATEMENT_CODES.get(m.group(1));
            return code == null ? null : statement(code);
        }
        m = CC_LICENSE.matcher(s);
        return m.matches() ? license(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** "cc by sa 4.0", "creative commons attribution noncommercial 3.0 nl": as {@link #words} leaves them. */
    private static String licenseName(String s) {
        Matcher m = LICENSE_NAME.matcher(s);
        if (!m.matches()) return null;
        String terms = " " + m.group(1).replace("attribution", "by").replace("non commercial", "nc")
                .replace("noncommercial", "nc").replace("share alike", "sa").replace("sharealike", "sa")
                .replaceAll("no ?derivatives|no ?derivs", "nd") + " ";
        if (!terms.contains(" by ")) return null;
        // CC's own order: by, nc, then sa or nd ("CC BY-SA-NC" is BY-NC-SA)
        String code = "by" + (terms.contains(" nc ") ? "-nc" : "") + (terms.contains(" sa ") ? "-sa" : "")
                + (terms.contains(" nd ") ? "-nd" : "");
        String version = m.group(2).contains(".") ? m.group(2) : m.group(2) + ".0";
        String port = m.group(3) == null || m.group(3).length() > 2 ? null : m.group(3);
        return license(code, version, port);
    }

    private static String license(String code, String version, String port) {
        if (!LICENSE_CODES.contains(code) || !VERSIONS.contains(version) || port != null && version.equals("4.0"))
            return null;
        return LICENSES + code + "/" + version + "/" + (port == null ? "" : port + "/");
    }

    private static String statement(String code) {
        return RightsStatements.uri(code);
    }

    /** Lower case, with hyphens, underscores and runs of spaces as one space, and no final dot. */
    private static String words(String text) {
        String s = WORD_SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
