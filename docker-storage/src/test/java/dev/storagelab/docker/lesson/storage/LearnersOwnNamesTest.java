package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lab.LearnerNames;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.lesson.Exercise;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonRun;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In a shared room, what an exercise asks a learner to type names their own objects: copying a goal
 * makes the objects the check then reads, and never another learner's.
 */
@RequiresEngine
class LearnersOwnNamesTest {

  /** A course name not followed by the learner's suffix. */
  private static final Pattern COURSE_NAME =
      Pattern.compile(
          "(data-volume|storage-lab-todo(-fresh|-vol-2|-vol|-web)?|storage-lab-syntax-(v|mount)"
              + "|storage-lab-nocopy|storage-lab/todo)(?!-bob|[-a-z0-9])");

  @Test
  void everyCommandAndExerciseGoalNamesTheLearnersOwnObjects() {
    Lesson lesson = DockerStorageLesson.create();
    try (Engine engine = EngineConnector.connect()) {
      goalsNameTheirs(lesson, engine);
    }
  }

  private static void goalsNameTheirs(Lesson lesson, Engine engine) {
    LessonRun run =
        LessonRun.practice(
                engine,
                new Ownership(DockerStorageLesson.ID, "test", "bob"),
                Path.of("/tmp/practice"),
                HostFiles.Access.REMOTE)
            .withNames(new LearnerNames(new LearnerId("bob"), false));

    int exercises = 0;
    for (int i = 0; i < lesson.steps().size(); i++) {
      for (String command : lesson.step(i).commands(run)) {
        assertThat(COURSE_NAME.matcher(command).find())
            .as("step " + i + " command: " + command)
            .isFalse();
      }
      if (lesson.step(i).exercise().isEmpty()) {
        continue;
      }
      Exercise exercise = lesson.step(i).exercise().get();
      String goal = exercise.goal(run);
      assertThat(COURSE_NAME.matcher(goal).find()).as("step " + i + " goal: " + goal).isFalse();
      exercises++;
    }
    assertThat(exercises).isGreaterThanOrEqualTo(8);
  }
}
