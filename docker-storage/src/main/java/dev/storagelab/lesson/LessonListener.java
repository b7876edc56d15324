package dev.storagelab.lesson;

import java.util.List;

/** What a front end hears while a lesson runs, to show it: each step before it acts, and after. */
public interface LessonListener {

  /** Hears nothing. */
  LessonListener SILENT = new LessonListener() {};

  /**
   * A step is about to act.
   *
   * @param commands the commands a learner types for the same effect, for this run
   */
  default void stepStarting(Lesson lesson, int number, List<String> commands) {}

  /** A step acted and proved (or failed to); its progress is saved already. */
  default void stepFinished(Lesson lesson, StepResult result) {}

  /** The learner's prediction for the step that just finished, beside what its evidence said. */
  default void predicted(Lesson lesson, Prediction prediction) {}
}
