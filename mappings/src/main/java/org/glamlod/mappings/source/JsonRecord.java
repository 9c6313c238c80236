package org.glamlod.mappings.source;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON record: one line of a JSON-lines file, one item of an array or of an API page. */
public record JsonRecord(String locator, JsonNode json) implements SourceRecord {}
