package org.glamlod.model;

/**
 * A digital image of the object.
 *
 * @param accessPoint   URL of the image file
 * @param format        media type, e.g. {@code image/jpeg}, or null
 * @param rights        rights URI of the image (Creative Commons or rightsstatements.org), or null when unknown —
 *                      unknown rights are never treated as open
 * @param iiifService   base URI of a IIIF Image API service for it, or null
 */
public record Image(String accessPoint, String format, String rights, String iiifService) {
    public Image {
        accessPoint = Lists.requireText(Lists.uriOrNull(accessPoint, "image access point"), "image access point");
        if (format != null && format.isBlank()) format = null;
        rights = Lists.uriOrNull(rights, "image rights");
        iiifService = Lists.uriOrNull(iiifService, "IIIF image service");
    }
}
