package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.RequiresEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --predict} from a script: answers given as options, checked before anything runs, shown
 * beside the evidence and kept with the progress.
 */
@RequiresEngine
class PredictCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AutoClose
  final CommandTable table =
      new CommandTable(System.getProperty("java.io.tmpdir") + "/storage-lab-predict-commands-test");

  final OneShotRunner shell = new OneShotRunner(table);

  @AfterEach
  void reset() {
    ShellRun.of(shell, "lesson", "reset", "docker-storage");
  }

  @Test
  void withoutATerminalEveryQuestionMustBeAnsweredBeforeAnythingRuns() {
    ShellRun.of(shell, "lesson", "reset", "docker-storage");

    ShellRun unanswered =
        ShellRun.of(shell, "lesson", "run", "docker-storage", "--predict", "--answers", "7=no");
    ShellRun wrong = ShellRun.of(shell, "lesson", "run", "docker-storage", "--answers", "7=maybe");
    ShellRun noQuestion = ShellRun.of(shell, "lesson", "run", "docker-storage", "--answers", "0=y");
    ShellRun badSyntax = ShellRun.of(shell, "lesson", "run", "docker-storage", "--answers", "7");

    assertThat(unanswered.code()).isEqualTo(2);
    assertThat(unanswered.err())
        .contains("Not at a terminal", "--answers N=ANSWER", "Unanswered: 2 (2/4/7), 3 (yes/no)")
        .contains("12 (error/folder)")
        .doesNotContain(" 7 (");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("Step 7: 'maybe' is not an answer", "answer yes or no");
    assertThat(noQuestion.err()).contains("Step 0 of docker-storage asks no question");
    assertThat(badSyntax.err()).contains("Usage: --answers N=ANSWER,N=ANSWER");
    assertThat(ShellRun.of(shell, "lesson", "status").code())
        .as("nothing ran, so no lesson was started")
        .isEqualTo(2);
  }

  @Test
  void anAnswerIsShownBesideTheEvidenceAndKeptWithTheProgress() {
    assertThat(ShellRun.of(shell, "lesson", "start", "docker-storage").code()).isZero();

    ShellRun step = ShellRun.of(shell, "lesson", "step", "7", "--answer", "y");

    assertThat(step.code()).as(step.err()).isZero();
    assertThat(step.out())
        .contains("predicted", "After docker rm, is /app/test-demo there")
        .contains("you: yes · the evidence: no · not what you predicted");
    JsonNode status = JSON.readTree(ShellRun.of(shell, "lesson", "status", "--json").out());
    JsonNode prediction = status.path("steps").path(7).path("prediction");
    assertThat(prediction.path("answer").asString()).isEqualTo("yes");
    assertThat(prediction.path("evidence").asString()).isEqualTo("no");
    assertThat(prediction.path("proved").asBoolean()).isTrue();
    assertThat(prediction.path("right").asBoolean()).isFalse();
    assertThat(status.path("steps").path(6).has("prediction")).isFalse();
  }
}
