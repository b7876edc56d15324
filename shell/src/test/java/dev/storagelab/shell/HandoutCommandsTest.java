package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A handout made after a real run holds every step, its commands and the evidence that run
 * observed, in Markdown and in HTML that a real browser renders.
 */
@SpringBootTest(args = "version")
@RequiresEngine
class HandoutCommandsTest {

  @Autowired OneShotRunner shell;

  @TempDir Path dir;

  @Test
  void aHandoutHoldsEveryStepItsCommandsAndWhatTheRunObserved() throws Exception {
    ShellRun lesson = ShellRun.of(shell, "lesson", "run", "docker-storage", "--json");
    assertThat(lesson.code()).as(lesson.err()).isZero();
    Path md = dir.resolve("h.md");
    Path html = dir.resolve("h.html");

    ShellRun export =
        ShellRun.of(
            shell,
            "handout",
            "export",
            "docker-storage",
            "--out",
            md.toString(),
            "--html",
            html.toString());

    assertThat(export.code()).as(export.err()).isZero();
    String markdown = Files.readString(md);
    String page = Files.readString(html);
    JsonNode run = JsonMapper.builder().build().readTree(lesson.out());
    for (JsonNode step : run.path("steps")) {
      assertThat(markdown)
          .contains(
              "## Step " + step.path("number").asInt() + " · " + step.path("title").asString());
      for (JsonNode command : step.path("dockerCli")) {
        assertThat(markdown).contains("$ " + command.asString());
      }
      for (JsonNode claim : step.path("evidence")) {
        assertThat(markdown)
            .contains(claim.path("claim").asString().replaceAll("\\s*\\R\\s*", " "));
        for (JsonNode fact : claim.path("facts")) {
          String value = fact.path("value").asString().lines().findFirst().orElse("").strip();
          assertThat(markdown).as(fact.toString()).contains(value);
        }
      }
    }
    assertThat(markdown).contains("from this run");
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<style>", "@media print", "<h2>Step 5 · ")
        .doesNotContain("<script", "http://", "https://");
    browser().ifPresent(chromium -> renders(chromium, html));
  }

  @AfterEach
  void leaveNothingOnTheEngine() {
    ShellRun reset = ShellRun.of(shell, "lesson", "reset", "docker-storage");
    assertThat(reset.code()).as(reset.err()).isZero();
  }

  @Test
  void withoutARunThereIsNothingToHandOut() {
    ShellRun reset = ShellRun.of(shell, "lesson", "reset", "k8s-bridge");
    assertThat(reset.code()).as(reset.err()).isZero();

    ShellRun export =
        ShellRun.of(
            shell, "handout", "export", "k8s-bridge", "--out", dir.resolve("x.md").toString());

    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("lesson run k8s-bridge");
    assertThat(dir.resolve("x.md")).doesNotExist();
  }

  /** The page in headless Chromium: its text has the steps, and a screenshot is kept for CI. */
  private void renders(String chromium, Path html) {
    Path shot = Path.of("target", "handout-screenshot.png").toAbsolutePath();
    List<String> base =
        List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
    String dom = run(concat(base, "--dump-dom", html.toUri().toString()));
    run(concat(base, "--window-size=1200,4000", "--screenshot=" + shot, html.toUri().toString()));

    assertThat(dom).contains("Step 13 · ").contains("Observed in this run");
    assertThat(shot).exists();
    assertThat(shot.toFile().length()).isGreaterThan(20_000);
  }

  private static Optional<String> browser() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name).toString());
        }
      }
    }
    if (System.getenv("STORAGE_LAB_REQUIRE_DOCKER") != null) {
      throw new AssertionError(
          "STORAGE_LAB_REQUIRE_DOCKER is set (CI), so chromium must be installed to render the"
              + " handout (apt-get install chromium)");
    }
    System.err.println(
        "handout not rendered in a browser: no chromium here (apt-get install chromium)");
    return Optional.empty();
  }

  private static List<String> concat(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  private static String run(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
