package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.lesson.Lesson;
import org.junit.jupiter.api.Test;

class LabAppTest {

  @Test
  void theDockerfileHasFourLayerInstructionsAndThreeMetadataOnes() {
    assertThat(LabApp.instructions())
        .containsExactly("COPY", "COPY", "RUN", "COPY", "EXPOSE", "STOPSIGNAL", "CMD");
  }

  @Test
  void theChangedFileIsCopiedByTheSecondCopySoTheCacheStepHasStepsBelowAndAbove() {
    assertThat(LabApp.instructions().indexOf("COPY") + 1).isEqualTo(1);
    assertThat(LabApp.FILES).contains(LabApp.CHANGED_FILE);
  }

  @Test
  void theLessonHasTheCoursesFourteenStepsEachWithTextAndCommands() {
    Lesson lesson = DockerStorageLesson.create();

    assertThat(lesson.steps()).hasSize(14);
    assertThat(lesson.steps())
        .allSatisfy(
            step -> {
              assertThat(step.title()).isNotBlank();
              assertThat(step.explain().split("\\. ").length).isBetween(2, 6);
            });
  }
}
