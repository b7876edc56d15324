package dev.storagelab.lesson;

import java.util.Optional;

/** A step that is also an exercise: the learner can do it by hand and have it checked. */
public interface PractisedStep extends Step, Exercise {

  @Override
  default Optional<Exercise> exercise() {
    return Optional.of(this);
  }
}
