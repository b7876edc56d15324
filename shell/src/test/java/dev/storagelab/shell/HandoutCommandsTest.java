package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.docker.testing.Chromium;
import dev.storagelab.docker.testing.RequiresEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A handout made after a real run holds every step, its commands and the evidence that run
 * observed, in Markdown and in HTML that a real browser renders.
 */
@RequiresEngine
class HandoutCommandsTest {

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

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
    assertThat(run.path("steps")).hasSize(DockerStorageLesson.create().steps().size());
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
    // A handout is made to be shared, as manifests are.
    for (Path file : List.of(md, html)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as(file.toString())
          .isEqualTo("rw-r--r--");
    }
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<style>", "@media print", "<h2>Step 5 · ")
        // Nothing loaded from elsewhere: the URLs in it (the app's, from this run) are text.
        .doesNotContain("<script", "<link", "src=\"http", "href=\"http");
    Chromium.find("the handout").ifPresent(chromium -> renders(chromium, html));
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
  private static void renders(Chromium chromium, Path html) {
    String dom = chromium.dom(html.toUri().toString());
    Path shot =
        chromium.screenshot(
            html.toUri().toString(), Path.of("target", "handout-screenshot.png"), 1200, 4000);

    assertThat(dom).contains("Step 13 · ").contains("Observed in this run");
    assertThat(shot.toFile().length()).isGreaterThan(20_000);
  }
}
