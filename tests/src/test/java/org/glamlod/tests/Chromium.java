package org.glamlod.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Headless Chromium for the browser checks: screenshots (kept in {@code tests/target/screenshots/} to look at) and the
 * DOM it built from a page. Each call runs with a fresh profile under a scratch directory.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    private final Path scratch;

    Chromium(Path scratch) throws IOException {
        this.scratch = scratch;
        Files.createDirectories(SCREENSHOTS);
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    Path screenshot(String name, String url, String windowSize) throws Exception {
        Path png = SCREENSHOTS.resolve(name + ".png");
        Files.deleteIfExists(png);
        run("--screenshot=" + png, "--window-size=" + windowSize, url);
        return png;
    }

    String dumpDom(String url) throws Exception {
        return run("--dump-dom", url);
    }

    /** Runs Chromium headless with a fresh profile; its standard output. */
    private String run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(scratch, "profile")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 2 minutes: " + cmd + "\n" + Files.readString(err));
        }
        assertThat(p.exitValue()).as("Chromium's exit; stderr:%n%s", Files.readString(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A real picture of a page: the window's size, and far from one colour (a blank or error page would be). */
    static void assertNonTrivial(Path png, int width, int height) throws IOException {
        assertThat(png).exists();
        assertThat(Files.size(png)).as("bytes of " + png).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        Map<Integer, Integer> colours = new HashMap<>();
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.merge(image.getRGB(x, y), 1, Integer::sum);
                samples++;
            }
        }
        int commonest = colours.values().stream().max(Integer::compare).orElse(0);
        assertThat(colours.size()).as("distinct colours in " + png).isGreaterThan(50);
        assertThat((double) commonest / samples).as("share of the background colour in " + png).isLessThan(0.97);
    }
}
