package org.glamlod.sync.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dry run's report, in Markdown: per due item what would happen, with the change against the remote record (or,
 * offline, the document as projected). When the target has a batch format, every item's commands also go into one
 * batch file beside the report ({@code sync-wikidata-dry-run-….qs}), ready to inspect or run by hand. Both are
 * written beside their final names and moved into place when complete, so a report that is there is whole.
 */
final class DryRunReport implements AutoCloseable {
    private final Path file;
    private final Output report;
    private final Output batch;
    private boolean finished;

    DryRunReport(Path file, String target, Optional<String> batchSuffix, boolean offline, Instant started) {
        this.file = file.toAbsolutePath();
        try {
            Files.createDirectories(this.file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dry-run report " + file + ": " + e.getMessage(), e);
        }
        this.report = new Output(this.file);
        this.batch = batchSuffix.map(s -> new Output(batchFile(this.file, s))).orElse(null);
        report.write("# Dry run: sync to " + target + "\n\nStarted " + started + ". Nothing was sent to " + target
                + " and no sync state was changed. "
                + (offline ? "Offline: no request was made, so each item is shown as projected, not as a change.\n"
                           : "The remote records were read, never written.\n")
                + (batch == null ? "" : "Every item's commands, in one batch: " + batch.path.getFileName() + "\n"));
    }

    /** {@code report}'s batch file: its name with {@code suffix} in place of a {@code .md}. */
    static Path batchFile(Path report, String suffix) {
        String name = report.getFileName().toString();
        return report.resolveSibling((name.endsWith(".md") ? name.substring(0, name.length() - 3) : name) + suffix);
    }

    /** An item that would be sent, as projected (no remote read). */
    void wouldPush(String object, String why, String remoteId, String description, String unreadBecause) {
        report.write("\n## " + object + "\n\n" + why + "; would "
                + (remoteId == null ? "look the object up at the target and create a record unless one is found"
                                    : "update " + remoteId)
                + ".\n" + (unreadBecause == null ? "" : "The remote record could not be read (" + unreadBecause
                + "), so this is the document as projected.\n")
                + "\n```\n" + description.strip() + "\n```\n");
    }

    /** An item that would be sent, with the change against the remote record as it is now. */
    void wouldPush(String object, String why, Preview preview) {
        report.write("\n## " + object + "\n\n" + why + "; would "
                + (preview.remoteId() == null ? "create a record" : "update " + preview.remoteId())
                + (preview.found() == null ? "" : " (found: " + preview.found() + ")") + ".\n\n```diff\n"
                + preview.diff().strip() + "\n```\n");
        commands(preview.commands());
    }

    /** An item whose remote record already says everything. */
    void alreadyThere(String object, Preview preview) {
        report.write("\n## " + object + "\n\nwould send nothing: " + preview.remoteId() + " already says it all"
                + (preview.found() == null ? "" : " (found: " + preview.found() + ")") + ".\n");
    }

    void decided(String object, String decision, String reason) {
        report.write("\n## " + object + "\n\nwould be " + decision + ": " + reason + "\n");
    }

    private void commands(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        report.write("\n```\n" + String.join("\n", lines) + "\n```\n");
        if (batch != null) {
            batch.write(String.join("\n", lines) + "\n");
        }
    }

    void finish(RunSummary summary) {
        report.write("\n---\n\n" + summary.line() + "\n");
        if (batch != null) {
            batch.publish();
        }
        report.publish();
        finished = true;
    }

    Path file() {
        return file;
    }

    /** The batch file when the target has a batch format, else null. */
    Path batch() {
        return batch == null ? null : batch.path;
    }

    /** Without {@link #finish}: the run failed, and half a report is not left behind. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        report.discard();
        if (batch != null) {
            batch.discard();
        }
    }

    /** One file, written as {@code NAME.partial} and moved into place whole. */
    private static final class Output {
        final Path path;
        final Path partial;
        final BufferedWriter out;

        Output(Path path) {
            this.path = path;
            this.partial = path.resolveSibling(path.getFileName() + ".partial");
            try {
                out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw failed("write", e);
            }
        }

        void write(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw failed("write", e);
            }
        }

        void publish() {
            try {
                out.close();
                Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw failed("write", e);
            }
        }

        void discard() {
            try {
                out.close();
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                throw failed("remove the partial", e);
            }
        }

        private UncheckedIOException failed(String what, IOException e) {
            return new UncheckedIOException("cannot " + what + " dry-run output " + path + ": " + e.getMessage(), e);
        }
    }
}
