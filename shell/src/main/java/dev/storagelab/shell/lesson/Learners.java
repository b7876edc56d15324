package dev.storagelab.shell.lesson;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.docker.lab.LearnerId;
import dev.storagelab.docker.lab.LearnerNames;
import dev.storagelab.lesson.ProgressStore;

/**
 * Who the commands act for ({@link LearnerId#current}), and where that learner's progress and lab
 * folders are: the home's own learner uses the engine's folder of the home, a learner named apart
 * from it a folder of their own beside it.
 */
public final class Learners {

  private final String home;
  private final ProgressStore stores;
  private LearnerId learner;

  /**
   * The learner of a home.
   *
   * @param home the storage-lab folder, or blank for {@code STORAGE_LAB_HOME}, else {@code
   *     ~/.storage-lab}
   */
  public Learners(String home) {
    this.home = home;
    this.stores = ProgressStore.at(home);
  }

  /**
   * The learner, named when first asked for, so that a bad name is a command's input error.
   *
   * @throws dev.storagelab.docker.input.InputException when the name given is not one
   */
  public synchronized LearnerId id() {
    if (learner == null) {
      learner = LearnerId.current(home);
    }
    return learner;
  }

  /** The learner's store on an engine. */
  public ProgressStore store(String engineId) {
    ProgressStore engine = stores.forEngine(engineId);
    return id().equals(LearnerId.ofHome(home)) ? engine : engine.forLearner(id());
  }

  /** The learner's names on the engine, claiming the course's own when they are free. */
  public LearnerNames claim(Engine engine) {
    return CourseNames.claim(
        engine, id(), () -> BaseImageResolver.standard(engine).resolve(line -> {}).reference());
  }
}
