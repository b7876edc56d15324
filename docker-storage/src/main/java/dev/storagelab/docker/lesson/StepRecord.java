package dev.storagelab.docker.lesson;

import java.util.List;

/**
 * A step as it ran, kept after the run: what handouts are made from. The evidence is the run's own,
 * read from the engine.
 *
 * @param number the step's number
 * @param title its title
 * @param explain its explanation
 * @param dockerCli its docker CLI (or kubectl) equivalent, for that run
 * @param checks its claims with their evidence
 * @param notes what the learner was told
 * @param diagram its diagram, or empty
 * @param skipped why it did not run, or null when it ran
 * @param error the failure that stopped it, or null
 * @param elapsedMillis how long it took
 * @param at when it ran (ISO-8601)
 */
public record StepRecord(
    int number,
    String title,
    String explain,
    List<String> dockerCli,
    List<Check> checks,
    List<String> notes,
    String diagram,
    String skipped,
    String error,
    long elapsedMillis,
    String at) {

  public StepRecord {
    dockerCli = List.copyOf(dockerCli);
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  /** The record of a result, made now. */
  static StepRecord of(StepResult result) {
    return new StepRecord(
        result.number(),
        result.title(),
        result.explain(),
        result.dockerCli(),
        result.report().checks(),
        result.report().notes(),
        result.report().diagram(),
        result.report().skipped().orElse(null),
        result.error(),
        result.elapsed().toMillis(),
        java.time.OffsetDateTime.now().withNano(0).toString());
  }

  /** Whether it ran and every claim held. */
  public boolean passed() {
    return error == null
        && (skipped != null || (!checks.isEmpty() && checks.stream().allMatch(Check::holds)));
  }
}
