package org.glamlod.sync.db;

/** A job database failure: unreachable database, refused schema, failed statement. */
public class JobDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobDatabaseException(String message) {
        super(message);
    }

    public JobDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
