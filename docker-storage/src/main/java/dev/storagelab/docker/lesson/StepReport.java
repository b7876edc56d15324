package dev.storagelab.docker.lesson;

import java.util.List;

/**
 * What a step did and proved.
 *
 * @param checks the claims it checked, each with evidence
 * @param notes what the learner should know about this run (a renamed volume, a hidden path)
 * @param diagram a picture of what the step built, or empty
 */
public record StepReport(List<Check> checks, List<String> notes, String diagram) {

  public StepReport {
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  /** A report of checks alone. */
  public static StepReport of(Check... checks) {
    return new StepReport(List.of(checks), List.of(), "");
  }

  /** Whether every check holds. */
  public boolean passed() {
    return !checks.isEmpty() && checks.stream().allMatch(Check::holds);
  }
}
