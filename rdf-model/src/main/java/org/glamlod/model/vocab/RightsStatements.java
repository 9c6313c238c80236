package org.glamlod.model.vocab;

import java.util.Map;

/**
 * The rightsstatements.org vocabulary: its codes and official titles, one table for whoever reads rights URIs
 * (the rights parser) and whoever shows them (the pages). Europeana accepts these as {@code edm:rights}.
 */
public final class RightsStatements {
    public static final String NS = "http://rightsstatements.org/vocab/";

    /** Code → the statement's official title. */
    public static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("InC", "In Copyright"),
            Map.entry("InC-OW-EU", "In Copyright - EU Orphan Work"),
            Map.entry("InC-EDU", "In Copyright - Educational Use Permitted"),
            Map.entry("InC-NC", "In Copyright - Non-Commercial Use Permitted"),
            Map.entry("InC-RUU", "In Copyright - Rights-holder(s) Unlocatable or Unidentifiable"),
            Map.entry("NoC-CR", "No Copyright - Contractual Restrictions"),
            Map.entry("NoC-NC", "No Copyright - Non-Commercial Use Only"),
            Map.entry("NoC-OKLR", "No Copyright - Other Known Legal Restrictions"),
            Map.entry("NoC-US", "No Copyright - United States"),
            Map.entry("CNE", "Copyright Not Evaluated"),
            Map.entry("UND", "Copyright Undetermined"),
            Map.entry("NKC", "No Known Copyright"));

    /** The canonical URI of a statement, e.g. {@code http://rightsstatements.org/vocab/InC/1.0/}. */
    public static String uri(String code) {
        return NS + code + "/1.0/";
    }

    private RightsStatements() {}
}
