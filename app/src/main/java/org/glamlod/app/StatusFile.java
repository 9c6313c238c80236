package org.glamlod.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How {@code glam status} finds a running {@code glam serve} on the same data directory: the server writes its address
 * and a fresh secret to {@code {data}/jobs/server.json} (readable by its owner only) when it starts, and removes it when
 * it stops. The embedded job database admits one process at a time, so while a server holds it, status asks the
 * server's {@code /dashboard/api} with the secret instead. The secret only reads that API, and whoever can read the
 * file can read the job database next to it anyway.
 *
 * @param url   the server's address from this machine, ending in {@code /}
 * @param token the secret to send as {@code Authorization: Bearer}
 */
record StatusFile(String url, String token) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path location(Path dataDir) {
        return dataDir.resolve("jobs").resolve("server.json");
    }

    /** A new secret: 256 random bits, hex. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Writes the file atomically, never readable by others, not even for a moment. */
    void write(Path dataDir) {
        Path file = location(dataDir);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix"))
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, JSON.writeValueAsBytes(this));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The running server's entry, if the file is there (it may be stale after a crash: the caller tries it). */
    static Optional<StatusFile> read(Path dataDir) {
        Path file = location(dataDir);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), StatusFile.class));
        } catch (IOException e) {
            return Optional.empty(); // half-written or damaged: treat as absent, the database is the fallback
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(location(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + location(dataDir) + ": " + e.getMessage(), e);
        }
    }
}
