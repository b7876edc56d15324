package dev.storagelab.docker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, to load pages the way a learner's browser does. Where none is installed a test
 * is skipped with the reason, except in CI ({@code STORAGE_LAB_REQUIRE_DOCKER} set), which must
 * have one.
 */
public final class Chromium {

  private final String binary;

  private Chromium(String binary) {
    this.binary = binary;
  }

  /**
   * The browser, if this machine has one.
   *
   * @param what what the test would check in it, for the message when there is none
   * @throws AssertionError in CI, where a browser is required
   */
  public static Optional<Chromium> find(String what) {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(new Chromium(Path.of(dir, name).toString()));
        }
      }
    }
    if (System.getenv("STORAGE_LAB_REQUIRE_DOCKER") != null) {
      throw new AssertionError(
          "STORAGE_LAB_REQUIRE_DOCKER is set (CI), so chromium must be installed to check "
              + what
              + " (apt-get install chromium)");
    }
    System.err.println(
        what + " not checked in a browser: no chromium here (apt-get install chromium)");
    return Optional.empty();
  }

  /** The page's DOM once the browser has loaded it. */
  public String dom(String url) {
    return run("--dump-dom", url);
  }

  /** A screenshot of the page, kept where CI keeps it. */
  public Path screenshot(String url, Path file, int width, int height) {
    run("--window-size=" + width + "," + height, "--screenshot=" + file.toAbsolutePath(), url);
    assertThat(file).exists();
    return file;
  }

  private String run(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"));
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium answers in 60 s").isTrue();
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + binary, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
