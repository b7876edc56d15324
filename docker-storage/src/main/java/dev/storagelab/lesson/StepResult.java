package dev.storagelab.lesson;

import java.time.Duration;
import java.util.List;

/**
 * A step as it ran: its texts and its report, or the failure that stopped it.
 *
 * @param number its number in the lesson
 * @param title its title
 * @param explain its explanation
 * @param commands the commands a learner types for the same effect
 * @param report what it proved
 * @param error the message of an operation that failed, or {@code null}
 * @param elapsed how long the step took to act and prove
 */
public record StepResult(
    int number,
    String title,
    String explain,
    List<String> commands,
    StepReport report,
    String error,
    Duration elapsed) {

  public StepResult {
    commands = List.copyOf(commands);
  }

  /** Whether the step did not run here (see the report's reason). */
  public boolean skipped() {
    return error == null && report.skipped().isPresent();
  }

  /** Whether the step ran and every proof holds: a skipped step did not pass. */
  public boolean passed() {
    return error == null && report.passed();
  }

  /** Whether the step went wrong: an error, or a proof that does not hold; a skip is neither. */
  public boolean failed() {
    return error != null || report.failed();
  }
}
