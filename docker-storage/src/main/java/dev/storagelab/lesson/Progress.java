package dev.storagelab.lesson;

import java.util.Map;
import java.util.TreeMap;

/**
 * A learner's progress in one lesson, kept between commands.
 *
 * @param lesson the lesson's ID
 * @param run the run the objects on the engine belong to
 * @param current the step shown last, or -1 before the first
 * @param results each step's last result: {@code PASS} or {@code FAIL}, by step number
 * @param predictions the learner's latest prediction at each step they predicted, by step number
 */
public record Progress(
    String lesson,
    String run,
    int current,
    Map<Integer, String> results,
    Map<Integer, Prediction> predictions) {

  public Progress {
    results = Map.copyOf(results);
    predictions = Map.copyOf(predictions);
  }

  /** Progress without predictions. */
  public Progress(String lesson, String run, int current, Map<Integer, String> results) {
    this(lesson, run, current, results, Map.of());
  }

  /** This progress with a prediction kept. */
  public Progress with(Prediction prediction) {
    Map<Integer, Prediction> updated = new TreeMap<>(predictions);
    updated.put(prediction.step(), prediction);
    return new Progress(lesson, run, current, results, updated);
  }

  /** This progress after a step ran. */
  public Progress after(StepResult result) {
    Map<Integer, String> updated = new TreeMap<>(results);
    updated.put(result.number(), result.failed() ? "FAIL" : "PASS");
    return new Progress(lesson, run, result.number(), updated, predictions);
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
