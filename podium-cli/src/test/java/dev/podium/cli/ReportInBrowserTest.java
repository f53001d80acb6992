package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a comparison's {@code report.html} in headless Chromium and checks that the browser decoded
 * every chart: the page's inline script writes the count into {@code #render-check}, which
 * {@code --dump-dom} prints. Needs {@code chromium} (Debian's package; {@code .ci/run} installs it):
 * without it the test fails when {@code CI=true} and is skipped otherwise.
 */
@Tag("browser")
class ReportInBrowserTest {

  private static final long TIMEOUT_SECONDS = 90;
  private static final Pattern CHECK = Pattern.compile(
      "<p id=\"render-check\" data-charts=\"(\\d+)\" data-rendered=\"(\\d+)\">(\\d+) of (\\d+) charts rendered</p>");

  @TempDir Path dir;

  @Test
  void everyChartOfAComparisonRendersInChromium() throws Exception {
    Path chromium = chromium();
    Path report = dir.resolve("report");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PodiumCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "compare", "--preset",
        "dgx-superpod-h100-2su", "--workload", "tiresias", "--policies", "topology-aware,first-fit,slurm-tree",
        "--report", report.toString());
    assertThat(code).as(err.toString()).isZero();

    Matcher check = renderCheck(chromium, report.resolve("report.html"));
    assertThat(check.group(1)).isEqualTo("5");
    assertThat(check.group(2)).as("charts decoded by Chromium").isEqualTo("5");

    // The check itself tells a broken chart: one image's data cut short decodes to nothing.
    String html = Files.readString(report.resolve("report.html"));
    int data = html.indexOf("data:image/png;base64,") + "data:image/png;base64,".length();
    Path broken = Files.writeString(report.resolve("broken.html"), html.substring(0, data) + "AAAA"
        + html.substring(html.indexOf('"', data)));
    Matcher brokenCheck = renderCheck(chromium, broken);
    assertThat(brokenCheck.group(2)).isEqualTo("4");
  }

  /** The {@code #render-check} paragraph of {@code page} as Chromium leaves it after the load event. */
  private Matcher renderCheck(Path chromium, Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "chromium-profile");
    Path log = dir.resolve("chromium-" + page.getFileName() + ".log");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=10000",
        "--dump-dom", page.toUri().toString()));
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] dom;
    try (var stdout = process.getInputStream()) {
      dom = stdout.readAllBytes();
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      Assertions.fail("chromium did not finish within " + TIMEOUT_SECONDS + " s; log: " + Files.readString(log));
    }
    String text = new String(dom, StandardCharsets.UTF_8);
    Matcher matcher = CHECK.matcher(text);
    assertThat(matcher.find()).as("render check in the DOM Chromium dumped (exit %d); log: %s", process.exitValue(),
        Files.readString(log)).isTrue();
    return matcher;
  }

  /** Chromium from {@code PODIUM_CHROMIUM}, /usr/bin or the PATH; fails on CI when missing, else skips. */
  private static Path chromium() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv("PODIUM_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String entry : path.split(java.io.File.pathSeparator)) {
        candidates.add(Path.of(entry, "chromium"));
        candidates.add(Path.of(entry, "chromium-browser"));
      }
    }
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String message = "chromium not found (apt-get install chromium, or set PODIUM_CHROMIUM)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message);
    }
    Assumptions.abort(message);
    return null;
  }
}
