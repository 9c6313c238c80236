package org.glamlod.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class GlamTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeEach
    void capture() {
        stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
    }

    /** Every command, and glam itself, answers --help and --version. */
    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "ingest", "serve", "validate", "export", "compact", "bench", "bench ingest"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] prefix = command.isEmpty() ? new String[0] : command.split(" ");
        assertThat(Glam.run(concat(prefix, "--help"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: glam" + (command.isEmpty() ? "" : " " + command));
        out.reset();
        assertThat(Glam.run(concat(prefix, "--version"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("glam-lod ").containsPattern("Java [0-9]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-option", "no-such-command"})
    void usageErrorsExitWithTwo(String arg) {
        assertThat(Glam.run(arg)).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    private static String[] concat(String[] a, String b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }
}
