package dev.storagelab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim checked against the engine, with the evidence that decided it.
 *
 * @param claim what the step claims
 * @param holds whether the evidence bears it out
 * @param evidence what was read to decide
 * @param hint what to do about it when it does not hold, or null
 */
public record Check(String claim, boolean holds, List<Evidence> evidence, String hint) {

  public Check {
    evidence = List.copyOf(evidence);
    hint = holds ? null : hint;
  }

  /** Starts a check of a claim; add evidence, then decide. */
  public static Builder of(String claim) {
    return new Builder(claim);
  }

  /** Collects the evidence for one claim. */
  public static final class Builder {
    private final String claim;
    private final List<Evidence> evidence = new ArrayList<>();
    private String hint;

    private Builder(String claim) {
      this.claim = claim;
    }

    /** Adds a fact. */
    public Builder evidence(String label, Object value) {
      evidence.add(new Evidence(label, String.valueOf(value)));
      return this;
    }

    /**
     * Says what to do if the claim does not hold: the likely slip, and the command that mends it.
     * The first hint given wins, so the most specific one goes first.
     */
    public Builder hint(String what) {
      if (hint == null) {
        hint = what;
      }
      return this;
    }

    /** The check, holding or not. */
    public Check holds(boolean holds) {
      return new Check(claim, holds, evidence, hint);
    }
  }
}
