package org.glamlod.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code glam} command line. Exit codes: 0 all good, 1 failure, 2 usage, 3 some records rejected or invalid. */
@Command(name = "glam", mixinStandardHelpOptions = true, versionProvider = Glam.Version.class,
        description = "Open a museum collection as Linked Art / CIDOC-CRM linked data and keep aggregators in sync.",
        subcommands = {DemoCommand.class, IngestCommand.class, ServeCommand.class, StatusCommand.class, SyncCommand.class, ValidateCommand.class, ExportCommand.class, CompactCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Start with: glam demo        Docs: docs/ in the repository"})
public final class Glam implements Runnable {
    /** Some records were rejected, or the store has SHACL violations. */
    public static final int EXIT_INVALID = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // names and titles are rarely ASCII ("Hammershøi"): print UTF-8, as glam's files are, whatever the locale says
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests and {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Glam())
                .setExecutionExceptionHandler(Glam::reportFailure)
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** An operator gets one line that says what went wrong; the stack trace only on request. */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cmd.getErr().println("glam " + cmd.getCommandName() + ": " + message);
        if (System.getenv("GLAM_DEBUG") != null) e.printStackTrace(cmd.getErr());
        else cmd.getErr().println("(set GLAM_DEBUG=1 to see the stack trace)");
        return CommandLine.ExitCode.SOFTWARE;
    }

    /** The version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Glam.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"glam-lod " + p.getProperty("version", "(development build)"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
