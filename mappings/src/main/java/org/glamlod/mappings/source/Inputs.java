package org.glamlod.mappings.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import okhttp3.HttpUrl;
import okhttp3.Response;

/** Turns the inputs an operator names (files, directories, URLs) into byte streams, gunzipping where needed. */
final class Inputs {

    private static final int BUFFER = 64 * 1024;

    private Inputs() {}

    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * The inputs to read for one named input: a URL or a file as they are; for a directory, every regular file
     * under it, recursively, sorted, leaving out hidden files and directories (names starting with a dot: .git,
     * .DS_Store, editors' backups). Paths that cannot be listed are reported and left out.
     */
    static List<String> expand(String input, Consumer<? super ReadError> errors) {
        if (isUrl(input)) return List.of(input);
        Path root = Path.of(input);
        if (!Files.isDirectory(root)) return List.of(input);
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.accept(new ReadError(file.toString(), "cannot list: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.accept(new ReadError(input, "cannot list: " + describe(e)));
        }
        return files.stream().sorted().map(Path::toString).toList();
    }

    /** The raw bytes of a file or URL; {@code http} may be null when no input is a URL. */
    static InputStream open(String input, Http http) throws IOException {
        if (!isUrl(input)) return Files.newInputStream(Path.of(input));
        HttpUrl url = HttpUrl.parse(input);
        if (url == null) throw new IOException("not a valid URL");
        Response response = http.get(url);
        return response.body().byteStream(); // closing the stream releases the response
    }

    /**
     * {@code in}, gunzipped when it starts with the gzip magic bytes: exports are often compressed without a .gz
     * name, and servers send .gz files without a Content-Encoding.
     */
    static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        return gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemLoopException) return "symbolic link loop";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
