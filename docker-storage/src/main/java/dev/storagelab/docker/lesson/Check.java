package dev.storagelab.docker.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim checked against the engine, with the evidence that decided it.
 *
 * @param claim what the step claims
 * @param holds whether the evidence bears it out
 * @param evidence what was read to decide
 */
public record Check(String claim, boolean holds, List<Evidence> evidence) {

  public Check {
    evidence = List.copyOf(evidence);
  }

  /** Starts a check of a claim; add evidence, then decide. */
  public static Builder of(String claim) {
    return new Builder(claim);
  }

  /** Collects the evidence for one claim. */
  public static final class Builder {
    private final String claim;
    private final List<Evidence> evidence = new ArrayList<>();

    private Builder(String claim) {
      this.claim = claim;
    }

    /** Adds a fact. */
    public Builder evidence(String label, Object value) {
      evidence.add(new Evidence(label, String.valueOf(value)));
      return this;
    }

    /** The check, holding or not. */
    public Check holds(boolean holds) {
      return new Check(claim, holds, evidence);
    }
  }
}
