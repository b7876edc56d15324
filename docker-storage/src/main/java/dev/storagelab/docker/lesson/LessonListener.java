package dev.storagelab.docker.lesson;

import java.util.List;

/** What a front end hears while a lesson runs, to show it: each step before it acts, and after. */
public interface LessonListener {

  /** Hears nothing. */
  LessonListener SILENT = new LessonListener() {};

  /**
   * A step is about to act.
   *
   * @param dockerCli its docker CLI equivalent, for this run
   */
  default void stepStarting(Lesson lesson, int number, List<String> dockerCli) {}

  /** A step acted and proved (or failed to); its progress is saved already. */
  default void stepFinished(Lesson lesson, StepResult result) {}

  /** The learner's prediction for the step that just finished, beside what its evidence said. */
  default void predicted(Lesson lesson, Prediction prediction) {}
}
