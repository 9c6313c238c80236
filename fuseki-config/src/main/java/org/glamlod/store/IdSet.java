package org.glamlod.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The ids seen in one ingest, as 64-bit hashes in an open-addressing table: 16 bytes per object at most, so ten
 * million objects take 160 MB rather than the gigabytes of a set of strings. A false "seen" needs a 64-bit
 * collision (about 3 in a million for ten million ids).
 */
final class IdSet {
    private long[] table = new long[1 << 16];
    private int size;

    /** Adds the id; false when it was already there. */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) h = 1; // 0 marks an empty slot
        if (size * 2 >= table.length) grow();
        return insert(table, h);
    }

    boolean contains(String id) {
        long h = hash(id);
        if (h == 0) h = 1;
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; table[i] != 0; i = (i + 1) & mask) if (table[i] == h) return true;
        return false;
    }

    int size() {
        return size;
    }

    private boolean insert(long[] t, long h) {
        int mask = t.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (t[i] != 0) {
            if (t[i] == h) return false;
            i = (i + 1) & mask;
        }
        t[i] = h;
        if (t == table) size++;
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long h : old) if (h != 0) insert(table, h);
    }

    private static long hash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = h << 8 | (d[i] & 0xff);
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
