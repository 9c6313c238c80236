package org.glamlod.mappings.source;

import org.w3c.dom.Element;

/** An XML record (e.g. one {@code lido:lido}), as a DOM of that record only, so memory stays bounded by one record. */
public record XmlRecord(String locator, Element element) implements SourceRecord {}
