package dev.storagelab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * What a step did and proved.
 *
 * @param checks the claims it checked, each with evidence
 * @param notes what the learner should know about this run (a renamed volume, a hidden path)
 * @param diagram a picture of what the step built, or empty
 * @param skipped why the step did not run (what it needs is missing here), or empty when it ran
 */
public record StepReport(
    List<Check> checks, List<String> notes, String diagram, Optional<String> skipped) {

  public StepReport {
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  /** A report of a step that ran. */
  public StepReport(List<Check> checks, List<String> notes, String diagram) {
    this(checks, notes, diagram, Optional.empty());
  }

  /**
   * A step that could not run here, saying why and what it would prove: it neither passes a claim
   * it did not check nor fails the lesson.
   *
   * @param why what is missing, and how to get it
   * @param wouldProve the claims it proves where it runs
   */
  public static StepReport skipped(String why, List<String> wouldProve) {
    return new StepReport(List.of(), wouldProve, "", Optional.of(why));
  }

  /** A report of checks alone. */
  public static StepReport of(Check... checks) {
    return new StepReport(List.of(checks), List.of(), "");
  }

  /** Whether the step ran and every check holds: a skipped step proved nothing. */
  public boolean passed() {
    return skipped.isEmpty() && !checks.isEmpty() && checks.stream().allMatch(Check::holds);
  }

  /** Whether the step ran and a check does not hold (or there was none): a skip is no failure. */
  public boolean failed() {
    return skipped.isEmpty() && !passed();
  }
}
