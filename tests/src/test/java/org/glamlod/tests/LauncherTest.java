package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./glam} launcher at the repository root. */
class LauncherTest {
    @Test
    void runsTheBuiltJar() throws Exception {
        Cli.Result r = Cli.run(List.of("bash", "glam", "--version"), Map.of());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("glam-lod 0.1.0");
        assertThat(r.err()).as("the jar is fresh: no rebuild").doesNotContain("building");
    }

    @Test
    void saysInOneLineWhenJavaIsMissing(@TempDir Path bin) throws Exception {
        // a PATH with the shell tools the launcher uses, but no java and no JDK directory to find one in
        for (String tool : List.of("bash", "dirname", "awk", "find", "readlink", "tail", "rm"))
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
        Cli.Result r = Cli.run(List.of(bin.resolve("bash").toString(), "glam", "--version"),
                Map.of("PATH", bin.toString(), "JAVA_HOME", "", "GLAM_JVM_DIRS", bin.resolve("none").toString()));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("glam: needs Java 17 or newer").doesNotContain("\n");
    }
}
