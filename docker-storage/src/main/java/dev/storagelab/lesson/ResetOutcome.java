package dev.storagelab.lesson;

import dev.storagelab.docker.lab.CleanupReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code lesson reset} did, and what it left on purpose.
 *
 * @param lesson the lesson reset
 * @param labDir the lab folder it removed
 * @param cleanup the lesson's objects removed, kept (something else uses them) and not removed
 * @param learners the objects named like the course's that the learner made by hand: theirs
 * @param practiceFolder the learner's practice folder, left with their practice progress, when
 *     there is one
 */
public record ResetOutcome(
    Lesson lesson,
    Path labDir,
    CleanupReport cleanup,
    List<LessonReset.LeftAlone> learners,
    Optional<Path> practiceFolder) {

  public ResetOutcome {
    learners = List.copyOf(learners);
  }

  /** Whether everything that was the lesson's is gone. */
  public boolean complete() {
    return cleanup.failed().isEmpty();
  }
}
