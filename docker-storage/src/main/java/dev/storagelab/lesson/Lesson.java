package dev.storagelab.lesson;

import dev.storagelab.docker.input.InputException;
import java.util.List;

/**
 * A lesson: an ID for commands and labels, a title, and its steps in order (numbered from 0).
 *
 * @param id e.g. {@code docker-storage}
 * @param title e.g. {@code Docker storage, behind the scenes}
 * @param commandsHeading what the commands a step lists are, e.g. {@code docker CLI}
 * @param steps the steps
 * @param learnerObjects the names of the containers and volumes, and the {@code name:tag} of the
 *     images, that its exercises have the learner make by hand: theirs, which a reset leaves alone
 *     and names
 */
public record Lesson(
    String id,
    String title,
    String commandsHeading,
    List<Step> steps,
    List<String> learnerObjects) {

  public Lesson {
    steps = List.copyOf(steps);
    learnerObjects = List.copyOf(learnerObjects);
  }

  /** A lesson without exercises. */
  public Lesson(String id, String title, String commandsHeading, List<Step> steps) {
    this(id, title, commandsHeading, steps, List.of());
  }

  /**
   * One step.
   *
   * @throws InputException when there is no step with that number
   */
  public Step step(int number) {
    if (number < 0 || number >= steps.size()) {
      throw new InputException(
          "Lesson " + id + " has steps 0 to " + (steps.size() - 1) + "; there is no step " + number,
          String.valueOf(number));
    }
    return steps.get(number);
  }
}
