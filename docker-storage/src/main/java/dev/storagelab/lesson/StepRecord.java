package dev.storagelab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A step as it ran, kept after the run: what handouts are made from. The evidence is the run's own,
 * read from the engine.
 *
 * @param number the step's number
 * @param title its title
 * @param explain its explanation
 * @param commands the commands a learner types for the same effect (docker CLI, kubectl), for that
 *     run; kept as {@code dockerCli} in the file, as records of earlier versions have it
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
    @JsonProperty("dockerCli") List<String> commands,
    List<Check> checks,
    List<String> notes,
    String diagram,
    String skipped,
    String error,
    long elapsedMillis,
    String at) {

  public StepRecord {
    commands = List.copyOf(commands);
    checks = List.copyOf(checks);
    notes = List.copyOf(notes);
  }

  /** The record of a result, made now. */
  static StepRecord of(StepResult result) {
    return new StepRecord(
        result.number(),
        result.title(),
        result.explain(),
        result.commands(),
        result.report().checks(),
        result.report().notes(),
        result.report().diagram(),
        result.report().skipped().orElse(null),
        result.error(),
        result.elapsed().toMillis(),
        java.time.OffsetDateTime.now().withNano(0).toString());
  }

  /** Whether it ran and every claim held: a skipped step did not pass. */
  public boolean passed() {
    return error == null
        && skipped == null
        && !checks.isEmpty()
        && checks.stream().allMatch(Check::holds);
  }
}
