package dev.storagelab.lesson;

import java.util.List;

/**
 * A whole lesson as it ran.
 *
 * @param lesson the lesson
 * @param results every step's result, in order
 */
public record LessonOutcome(Lesson lesson, List<StepResult> results) {

  public LessonOutcome {
    results = List.copyOf(results);
  }

  /** How many steps proved their claims. */
  public long proved() {
    return results.stream().filter(StepResult::passed).count();
  }

  /** How many steps could not run here, and said what they would prove. */
  public long skipped() {
    return results.stream().filter(StepResult::skipped).count();
  }

  /** How many steps failed. */
  public long failed() {
    return results.size() - proved() - skipped();
  }

  /** Whether no step failed. */
  public boolean passed() {
    return failed() == 0;
  }
}
