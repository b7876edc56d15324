package dev.storagelab.docker.lesson;

import java.time.Duration;
import java.util.List;

/**
 * A step as it ran: its texts and its report, or the failure that stopped it.
 *
 * @param number its number in the lesson
 * @param title its title
 * @param explain its explanation
 * @param dockerCli the docker CLI equivalent
 * @param report what it proved
 * @param error the message of an operation that failed, or {@code null}
 * @param elapsed how long the step took to act and prove
 */
public record StepResult(
    int number,
    String title,
    String explain,
    List<String> dockerCli,
    StepReport report,
    String error,
    Duration elapsed) {

  public StepResult {
    dockerCli = List.copyOf(dockerCli);
  }

  /** Whether the step did not run here (see the report's reason). */
  public boolean skipped() {
    return error == null && report.skipped().isPresent();
  }

  /** Whether every proof holds and nothing failed. */
  public boolean passed() {
    return error == null && report.passed();
  }
}
