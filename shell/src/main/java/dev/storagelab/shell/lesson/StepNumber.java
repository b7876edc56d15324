package dev.storagelab.shell.lesson;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.shell.UsageException;

/** A step number as commands take it: {@code lesson step N}, {@code lesson check N}. */
final class StepNumber {

  private StepNumber() {}

  /**
   * The step the argument names.
   *
   * @param usage the command's usage, for the message when the argument is not a number
   * @throws UsageException when it is not a number
   * @throws InputException when the lesson has no such step
   */
  static int parse(Lesson lesson, String number, String usage) {
    try {
      int step = Integer.parseInt(number.strip());
      lesson.step(step);
      return step;
    } catch (NumberFormatException e) {
      throw new UsageException(
          "Usage: " + usage + ", with N from 0 to " + (lesson.steps().size() - 1));
    }
  }
}
