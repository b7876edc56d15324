package dev.storagelab.lesson;

/**
 * What a learner predicted before a step's proof, and what the evidence said: kept with their
 * progress.
 *
 * @param step the step's number
 * @param question the question
 * @param answer the learner's answer
 * @param evidence the answer the step's proof bears out
 * @param proved whether the proof held in this run, so that the evidence did answer
 */
public record Prediction(
    int step, String question, String answer, String evidence, boolean proved) {

  /** Whether the learner predicted what the evidence showed. */
  public boolean right() {
    return proved && answer.equals(evidence);
  }
}
