package org.glamlod.mappings.source;

/** Input that could not be read as a record (malformed JSON, a truncated file …): reported, and reading goes on. */
public record ReadError(String locator, String message) {}
