package dev.storagelab.docker.testing;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lab.LearnerNames;

/** The learner the engine tests act as, alone on the engine: they hold the course's names. */
public final class TestLearner {

  /** The learner. */
  public static final LearnerId ID = new LearnerId("tester");

  private TestLearner() {}

  /** The learner's names on the engine as they stand. */
  public static LearnerNames names(Engine engine) {
    return CourseNames.current(engine, ID);
  }
}
