package dev.storagelab.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.host.HostFiles;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.SecondEngine;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonListener;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonSession;
import dev.storagelab.lesson.ProgressStore;
import dev.storagelab.lesson.StepInterruptedException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine a room shares restarts mid-class (a second engine, stopped and started again): each
 * learner's step is stopped naming it, the instructor's view names the silent engine, and after the
 * restart every learner goes on to the end, the room's records showing it.
 */
@RequiresEngine
class EngineRestartRoomTest {

  private final Lesson lesson = DockerStorageLesson.create();
  private final LessonListener quiet = new LessonListener() {};

  @TempDir Path homes;

  @Test
  void aRestartMidClassIsReportedPerLearnerAndEveryLearnerGoesOn() throws Exception {
    List<String> learners = List.of("ria", "sam");
    try (SecondEngine second = SecondEngine.start("slb-room")) {
      try (Engine engine = second.connect()) {
        List<LessonSession> sessions =
            learners.stream().map(learner -> session(engine, learner)).toList();
        List<LessonRun> runs =
            sessions.stream()
                .map(s -> s.newRun(lesson, engine, line -> {}, HostFiles.Access.EVIDENCE))
                .toList();
        for (int i = 0; i < learners.size(); i++) {
          for (int step = 0; step < 3; step++) {
            assertThat(sessions.get(i).perform(lesson, step, runs.get(i), quiet).passed()).isTrue();
          }
        }
        second.stop();
        for (int i = 0; i < learners.size(); i++) {
          LessonSession session = sessions.get(i);
          LessonRun run = runs.get(i);
          StepInterruptedException stopped =
              catchThrowableOfType(
                  StepInterruptedException.class, () -> session.perform(lesson, 3, run, quiet));
          assertThat(stopped).as(learners.get(i)).isNotNull();
          assertThat(stopped.getMessage()).startsWith("Step 3 (" + lesson.step(3).title());
        }
        Room silent = Room.read(List.of(new Room.Source("class-engine", () -> engine, false)));
        assertThat(silent.unreachable()).containsKey("class-engine");
      }
      second.restart();
      try (Engine engine = second.connect()) {
        for (String learner : learners) {
          LessonSession session = session(engine, learner);
          LessonRun run = session.newRun(lesson, engine, line -> {}, HostFiles.Access.EVIDENCE);
          for (int step = 3; step < lesson.steps().size(); step++) {
            assertThat(session.perform(lesson, step, run, quiet).passed())
                .as(learner + " step " + step)
                .isTrue();
          }
        }
        Room room = Room.read(List.of(new Room.Source("class-engine", () -> engine, false)));
        assertThat(room.unreachable()).isEmpty();
        assertThat(room.seats()).extracting(Seat::learner).containsExactlyElementsOf(learners);
        for (Seat seat : room.seats()) {
          LearnerRecord.LessonState state = seat.current().orElseThrow();
          assertThat(state.count(LearnerRecord.Outcome.PASSED)).isEqualTo(lesson.steps().size());
          assertThat(seat.stuck()).isFalse();
        }
      }
    }
  }

  private LessonSession session(Engine engine, String learner) {
    return new LessonSession(
        List.of(lesson),
        new ProgressStore(homes.resolve(learner)).forEngine(engine.id()),
        new LearnerId(learner),
        RoomRecords.LINK);
  }
}
