package org.glamlod.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real thing as a user would: the shaded jar or the ./glam launcher, in a child process. */
final class Cli {
    /** The repository root (the tests module runs in {@code tests/}). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path JAR = ROOT.resolve("app/target/glam.jar");

    record Result(int exit, String out, String err) {}

    static Result jar(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of());
    }

    static Result run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        Path outFile = Files.createTempFile("glam-out", ".txt");
        Path errFile = Files.createTempFile("glam-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile())
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    private Cli() {}
}
