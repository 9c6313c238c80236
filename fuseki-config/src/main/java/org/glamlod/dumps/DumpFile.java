package org.glamlod.dumps;


/**
 * One written dump, as the manifest records it and {@code /dumps} lists it.
 *
 * @param file        the file name (published dumps) or the path written ({@code glam export --out})
 * @param format      {@link DumpFormat#formatName()}
 * @param mediaType   the media type of the uncompressed content
 * @param compression {@code gzip}, or {@code none}
 * @param bytes       the file's size
 * @param count       quads, triples or documents written ({@link DumpFormat#unit()})
 * @param skipped     objects left out because their graph cannot be written in the format (Linked Art only)
 * @param created     when it was written (ISO-8601 instant)
 * @param sha256      SHA-256 of the file's bytes, hex
 */
public record DumpFile(String file, String format, String mediaType, String compression, long bytes, long count,
                       long skipped, String created, String sha256) {

    public DumpFormat dumpFormat() {
        return DumpFormat.named(format);
    }
}
