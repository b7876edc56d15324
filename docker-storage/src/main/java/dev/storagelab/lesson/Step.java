package dev.storagelab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * One step of a lesson: what to read, what to type, what the toolkit does, and the proof that the
 * claim holds. A step that depends on an earlier one sets up what it needs itself, so a learner may
 * jump to it.
 */
public interface Step {

  /** A short title. */
  String title();

  /** Two to five sentences the learner reads before anything happens. */
  String explain();

  /**
   * The commands a learner would type for the same effect (the docker CLI, kubectl), naming the
   * objects of this run.
   *
   * @param run the run, for the names it uses (a renamed volume, the lab folder)
   */
  List<String> commands(LessonRun run);

  /**
   * Acts through the engine and checks the step's claim.
   *
   * @param run the run: the engine, names, and what earlier steps left
   */
  StepReport perform(LessonRun run);

  /** A question to put to the learner before the proof ({@code --predict}), if the step has one. */
  default Optional<Question> question() {
    return Optional.empty();
  }

  /** The step as an exercise the learner does by hand, if it can be one. */
  default Optional<Exercise> exercise() {
    return Optional.empty();
  }
}
