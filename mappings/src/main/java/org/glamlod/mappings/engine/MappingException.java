package org.glamlod.mappings.engine;

/** A mapping file that cannot be used, with the file and the place in it. */
public final class MappingException extends RuntimeException {
    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
