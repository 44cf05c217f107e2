package org.zhnorm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Headless Chromium (Debian package {@code chromium}) for tests that look at a page as a person would. */
public final class Chromium {
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private Chromium() {}

  /** The browser's path, or null when none is installed (the caller skips, printing why). */
  public static @Nullable String find() {
    return CANDIDATES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
  }

  /** Loads the page and returns the DOM after rendering. */
  public static String dumpDom(String browser, Path page) throws IOException, InterruptedException {
    return run(browser, page, "--dump-dom");
  }

  /** Loads the page and writes a PNG screenshot. */
  public static void screenshot(String browser, Path page, Path png) throws IOException, InterruptedException {
    run(browser, page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1100,2400");
  }

  private static String run(String browser, Path page, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("zhnorm-chromium");
    List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(action));
    cmd.add(page.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish in 120 s");
    }
    return out;
  }
}
