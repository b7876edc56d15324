package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.lesson.Lesson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabAppTest {

  @Test
  void theDockerfileHasFourLayerInstructionsAndThreeMetadataOnes() {
    assertThat(LabApp.instructions())
        .containsExactly("COPY", "COPY", "RUN", "COPY", "EXPOSE", "STOPSIGNAL", "CMD");
  }

  @Test
  void theChangedFileIsCopiedByTheSecondCopySoTheCacheStepHasStepsBelowAndAbove()
      throws IOException {
    List<String> layers = layerInstructions();
    List<Integer> copying = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      String[] words = layers.get(i).split("\\s+");
      if (words[0].equals("COPY") && LabApp.CHANGED_FILE.startsWith(words[1])) {
        copying.add(i);
      }
    }

    assertThat(LabApp.FILES).contains(LabApp.CHANGED_FILE);
    assertThat(copying)
        .as("the layer instructions that copy %s, of %s", LabApp.CHANGED_FILE, layers)
        .containsExactly(1);
    assertThat(layers.get(0)).startsWith("COPY");
    assertThat(layers.size()).as("layers above the changed one").isGreaterThan(2);
  }

  /** The instructions after FROM that make a filesystem layer, as written in the Dockerfile. */
  private static List<String> layerInstructions() throws IOException {
    try (InputStream in = LabAppTest.class.getResourceAsStream("/lab/todo/Dockerfile")) {
      String dockerfile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> lines = dockerfile.lines().map(String::strip).toList();
      int from = lines.indexOf(lines.stream().filter(l -> l.startsWith("FROM")).findFirst().get());
      return lines.subList(from + 1, lines.size()).stream()
          .filter(l -> l.startsWith("COPY") || l.startsWith("RUN") || l.startsWith("ADD"))
          .toList();
    }
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
