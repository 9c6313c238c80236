package org.glamlod.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A long-running glam (serve) from the shaded jar, its output kept as it comes, and the URL it announced. */
final class Served {
    final Process process;
    final String url;
    private final List<String> output;

    private Served(Process process, String url, List<String> output) {
        this.process = process;
        this.url = url;
        this.output = output;
    }

    /** Starts {@code glam args…} and waits until a line matches {@code announces}; its first group is the URL. */
    static Served start(Pattern announces, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Cli.JAR.toString()));
        cmd.addAll(List.of(args));
        Process process = new ProcessBuilder(cmd).directory(Cli.ROOT.toFile()).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    Matcher m = announces.matcher(line);
                    if (m.find()) url.complete(m.group(1));
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            synchronized (output) {
                url.completeExceptionally(new IllegalStateException("glam ended before printing its URL:\n" + String.join("\n", output)));
            }
        }, "glam-serve-output");
        reader.setDaemon(true);
        reader.start();
        return new Served(process, url.get(2, TimeUnit.MINUTES), output);
    }

    /** Everything it printed so far. */
    String printed() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }
}
