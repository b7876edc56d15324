package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.RequiresEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The lesson commands as a script uses them: one shot each, judged by exit code and JSON. */
class LessonCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AutoClose
  final CommandTable table =
      new CommandTable(System.getProperty("java.io.tmpdir") + "/storage-lab-lesson-commands-test");

  final OneShotRunner shell = new OneShotRunner(table);

  @Test
  void anUnknownLessonOrStepIsAUsageError() {
    assertThat(run("lesson", "start", "no-such-lesson").code()).isEqualTo(2);
    assertThat(run("lesson", "run", "no-such-lesson").err()).contains("Lessons: docker-storage");
  }

  @Test
  @RequiresEngine
  void runningTheLessonAsJsonGivesOneProvedRecordPerStepAndResetLeavesNothing() {
    ShellRun lesson = run("lesson", "run", "docker-storage", "--json");

    assertThat(lesson.code()).as(lesson.err()).isZero();
    JsonNode document = JSON.readTree(lesson.out());
    assertThat(document.path("passed").asBoolean()).isTrue();
    JsonNode steps = document.path("steps");
    assertThat(steps.size()).isEqualTo(14);
    for (JsonNode step : steps) {
      assertThat(step.path("result").asString()).as(step.toString()).isEqualTo("PASS");
      assertThat(step.path("dockerCli").size()).isPositive();
      assertThat(step.path("evidence").size()).isPositive();
      assertThat(step.path("evidence").path(0).path("facts").size()).isPositive();
    }
    ShellRun status = run("lesson", "status", "--json");
    assertThat(JSON.readTree(status.out()).path("steps").path(13).path("state").asString())
        .isEqualTo("done");
    assertThat(run("lesson", "step", "99").code()).isEqualTo(2);

    ShellRun reset = run("lesson", "reset", "docker-storage");

    assertThat(reset.code()).as(reset.err()).isZero();
    assertThat(
            Files.exists(
                Path.of(
                    System.getProperty("java.io.tmpdir"),
                    "storage-lab-lesson-commands-test",
                    "labs",
                    "docker-storage")))
        .isFalse();
    assertThat(run("lesson", "list").out()).contains("0/14");
  }

  private ShellRun run(String... words) {
    return ShellRun.of(shell, words);
  }
}
