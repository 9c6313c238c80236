package org.glamlod.server.sparql;

/**
 * One example query of the catalogue.
 *
 * @param id          stable name (the file name without {@code .rq}), used in links ({@code /query#example=id})
 * @param title       what a scholar would ask, in a few words
 * @param description what the query finds, and how to adapt it
 * @param model       the path through the Linked Art graph the query walks (see docs/model.md)
 * @param query       the SPARQL text, with its prefixes
 */
public record ExampleQuery(String id, String title, String description, String model, String query) {}
