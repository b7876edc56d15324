package dev.storagelab.docker.lesson;

import java.util.Map;
import java.util.TreeMap;

/**
 * A learner's progress in one lesson, kept between commands.
 *
 * @param lesson the lesson's ID
 * @param run the run the objects on the engine belong to
 * @param current the step shown last, or -1 before the first
 * @param results each step's last result: {@code PASS} or {@code FAIL}, by step number
 */
public record Progress(String lesson, String run, int current, Map<Integer, String> results) {

  public Progress {
    results = Map.copyOf(results);
  }

  /** This progress after a step ran. */
  public Progress after(StepResult result) {
    Map<Integer, String> updated = new TreeMap<>(results);
    updated.put(result.number(), result.passed() ? "PASS" : "FAIL");
    return new Progress(lesson, run, result.number(), updated);
  }

  /** {@code done}, {@code failed} or {@code pending} for a step. */
  public String state(int step) {
    String result = results.get(step);
    return result == null ? "pending" : result.equals("PASS") ? "done" : "failed";
  }

  /** How many steps are done. */
  public long done() {
    return results.values().stream().filter("PASS"::equals).count();
  }
}
