package org.glamlod.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Server-driven content negotiation (RFC 9110 §12.5.1): each format gets the quality of the most specific media range
 * in the Accept header that matches it ({@code text/turtle} over {@code text/*} over {@code *}{@code /*}); the highest
 * non-zero quality wins, ties go to the {@link Format} order. Media type parameters (a JSON-LD {@code profile}) do not
 * narrow the match: each format has one profile.
 */
final class Conneg {
    private record Range(String type, String subtype, double q) {
        /** How specifically this range matches the media type: 3 exact, 2 type/*, 1 *{@code /*}, 0 not at all. */
        int match(String mediaType) {
            int slash = mediaType.indexOf('/');
            if (type.equals("*")) return 1;
            if (!type.equals(mediaType.substring(0, slash))) return 0;
            if (subtype.equals("*")) return 2;
            return subtype.equals(mediaType.substring(slash + 1)) ? 3 : 0;
        }
    }

    private Conneg() {}

    /** The best of {@code offered} for an Accept header; no header means anything, so the first offered. */
    static Optional<Format> choose(String accept, List<Format> offered) {
        if (accept == null || accept.isBlank()) return Optional.of(offered.get(0));
        List<Range> ranges = parse(accept);
        Format best = null;
        double bestQ = 0;
        for (Format f : offered) {
            double q = quality(ranges, f.mediaType, 1);
            // an alias counts when named outright: "text/html;q=0, */*" refuses the page, whatever */* says of xhtml
            for (String alias : f.aliases) q = Math.max(q, quality(ranges, alias, 3));
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the most specific range matching the type gives it, if that range is at least {@code least} specific. */
    private static double quality(List<Range> ranges, String mediaType, int least) {
        int specificity = 0;
        double q = 0;
        for (Range r : ranges) {
            int m = r.match(mediaType);
            if (m > specificity || m == specificity && m > 0 && r.q > q) {
                specificity = m;
                q = r.q;
            }
        }
        return specificity >= least ? q : 0;
    }

    /** The media ranges of an Accept header; malformed members are skipped, as if the client had not sent them. */
    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String member : split(accept, ',')) {
            List<String> parts = split(member, ';');
            String range = parts.get(0).strip().toLowerCase(Locale.ROOT);
            if (range.equals("*")) range = "*/*";
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) continue;
            String type = range.substring(0, slash);
            String subtype = range.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) continue;
            Double q = 1.0;
            for (String param : parts.subList(1, parts.size())) {
                String p = param.strip();
                if (p.length() > 1 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                    q = weight(p.substring(2));
                    break;
                }
            }
            if (q != null) ranges.add(new Range(type, subtype, q));
        }
        return ranges;
    }

    private static Double weight(String value) {
        try {
            double q = Double.parseDouble(value.strip());
            return q >= 0 && q <= 1 ? q : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Splits on a separator outside double-quoted strings (a profile URI may hold commas or semicolons). */
    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
