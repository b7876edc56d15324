package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practice as a learner and a script use it: the exercise, a check that fails with its hint and
 * exit 1, the learner's command, a check that passes with exit 0, and a reset that leaves the
 * learner's volume and says so.
 */
@RequiresEngine
class PracticeCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AutoClose
  final CommandTable table =
      new CommandTable(
          System.getProperty("java.io.tmpdir") + "/storage-lab-practice-commands-test");

  final OneShotRunner shell = new OneShotRunner(table);

  private boolean made;

  @AfterEach
  void removeTheLearnersVolume() {
    if (made) {
      DockerCli.run("volume", "rm", "data-volume");
    }
    ShellRun.of(shell, "lesson", "reset", "docker-storage");
  }

  @Test
  void aCheckFailsWithItsHintUntilTheLearnerTypesTheCommandAndResetLeavesWhatTheyMade() {
    assumeFalse(
        DockerCli.run("volume", "inspect", "data-volume").ok(),
        "a volume data-volume exists already; this test makes its own");
    ShellRun.of(shell, "lesson", "reset", "docker-storage");

    ShellRun exercise = ShellRun.of(shell, "lesson", "practice", "docker-storage", "8", "--json");

    assertThat(exercise.code()).as(exercise.err()).isZero();
    JsonNode shown = JSON.readTree(exercise.out());
    assertThat(shown.path("number").asInt()).isEqualTo(8);
    assertThat(shown.path("goal").asString()).contains("data-volume");
    assertThat(shown.path("dockerCli").path(0).asString())
        .isEqualTo("docker volume create data-volume");

    ShellRun notYet = ShellRun.of(shell, "lesson", "check");

    assertThat(notYet.code()).isEqualTo(1);
    assertThat(notYet.out())
        .contains("FAIL", "hint: there is no volume data-volume: docker volume create data-volume");
    assertThat(notYet.err()).contains("Step 8 (Named volumes): the claim does not hold yet");

    DockerCli.ok("volume", "create", "data-volume");
    made = true;
    ShellRun done = ShellRun.of(shell, "lesson", "check", "--json");

    assertThat(done.code()).as(done.out() + done.err()).isZero();
    JsonNode checked = JSON.readTree(done.out());
    assertThat(checked.path("result").asString()).isEqualTo("PASS");
    assertThat(checked.path("next").asInt()).isEqualTo(9);
    assertThat(checked.path("evidence").path(1).path("facts").toString()).contains("_data");

    ShellRun next = ShellRun.of(shell, "lesson", "practice", "docker-storage");
    assertThat(next.out()).contains("Exercise 9/13 · Mount the volume");

    ShellRun reset = ShellRun.of(shell, "lesson", "reset", "docker-storage");

    assertThat(reset.code()).as(reset.err()).isZero();
    assertThat(reset.out())
        .contains(
            "left volume data-volume: you made it by hand, so it is yours (remove it with:"
                + " docker volume rm data-volume)")
        .contains("left your practice folder");
    assertThat(DockerCli.run("volume", "inspect", "data-volume").ok()).isTrue();
  }

  @Test
  void withoutPracticeThereIsNothingToCheck() {
    ShellRun.of(shell, "lesson", "reset", "docker-storage");
    ShellRun.of(shell, "lesson", "reset", "k8s-bridge");

    ShellRun check = ShellRun.of(shell, "lesson", "practice", "k8s-bridge");

    assertThat(check.code()).isEqualTo(2);
    assertThat(check.err()).contains("k8s-bridge has no exercises", "lesson run k8s-bridge");
  }
}
