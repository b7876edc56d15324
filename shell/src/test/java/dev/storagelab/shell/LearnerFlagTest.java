package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.LearnerId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LearnerFlagTest {

  @AfterEach
  void forget() {
    System.clearProperty(LearnerId.PROPERTY);
  }

  @Test
  void theFlagBeforeTheCommandNamesTheLearnerAndIsTakenOff() {
    assertThat(LearnerFlag.take(new String[] {"--learner", "ann", "lesson", "status"}))
        .containsExactly("lesson", "status");
    assertThat(LearnerId.current("")).isEqualTo(new LearnerId("ann"));

    assertThat(LearnerFlag.take(new String[] {"--learner=bob"})).isEmpty();
    assertThat(LearnerId.current("")).isEqualTo(new LearnerId("bob"));
  }

  @Test
  void aFlagAfterTheCommandIsTheCommandsAndABadNameIsRefusedBeforeAnythingRuns() {
    assertThat(LearnerFlag.take(new String[] {"lesson", "status", "--learner", "x"}))
        .containsExactly("lesson", "status", "--learner", "x");
    assertThat(System.getProperty(LearnerId.PROPERTY)).isNull();

    assertThatThrownBy(() -> LearnerFlag.take(new String[] {"--learner", "Ann B"}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("Bad learner name 'Ann B'");
    assertThatThrownBy(() -> LearnerFlag.take(new String[] {"--learner"}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs a name");
  }
}
