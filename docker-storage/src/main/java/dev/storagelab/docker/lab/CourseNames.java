package dev.storagelab.docker.lab;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who holds the course's own names ({@code data-volume}, {@code storage-lab-todo}) on an engine:
 * one learner at a time, so that a learner alone on a laptop sees the names the course uses, and
 * every other learner in the room gets their own ({@link LearnerNames}).
 *
 * <p>The holder is the learner named in the labels of a container called {@value #CLAIM}, created
 * and never started. Creating a container by name is the engine's own compare-and-set: of two
 * learners who create it at the same moment, one gets it and the other a conflict, so two never
 * both think they hold the names. A learner claims only with no lesson's object of theirs on the
 * engine (their names stay what they were while they have objects there), and takes the claim over
 * only from a holder who has none left there; the stale claim is removed by its ID, so that a claim
 * someone made in between is never the one removed.
 */
public final class CourseNames {

  /** The container whose labels name the holder. */
  public static final String CLAIM = "storage-lab-course-names";

  /** The lesson label of what belongs to the room rather than to a lesson: claims and records. */
  public static final String ROOM = "room";

  private CourseNames() {}

  /**
   * The learner's names on the engine, claiming the course's own when they are free.
   *
   * @param image an image to create the claim from (the lessons' base image), asked for only when a
   *     claim is made
   */
  public static LearnerNames claim(Engine engine, LearnerId learner, Supplier<String> image) {
    Optional<ContainerInspect> claim = engine.inspectContainer(CLAIM);
    if (claim.isPresent() && holds(claim.get(), learner)) {
      return new LearnerNames(learner, true);
    }
    if (present(engine, learner.name())) {
      return new LearnerNames(learner, false);
    }
    if (claim.isPresent()) {
      String holder = claim.get().labels().getOrDefault(Ownership.LEARNER, "");
      if (present(engine, holder)) {
        return new LearnerNames(learner, false);
      }
      removeStale(engine, claim.get());
    }
    try {
      engine.createContainer(
          ContainerSpec.of(CLAIM, image.get())
              .withLabels(
                  new Ownership(ROOM, "claim", learner.name())
                      .labelsFor(EngineObject.Kind.CONTAINER)));
    } catch (EngineException conflict) {
      // Another learner's claim came first; who holds it now is the answer.
    }
    return new LearnerNames(
        learner, engine.inspectContainer(CLAIM).map(c -> holds(c, learner)).orElse(false));
  }

  /** The learner's names as they stand, claiming nothing: for reading and removing. */
  public static LearnerNames current(Engine engine, LearnerId learner) {
    return new LearnerNames(
        learner, engine.inspectContainer(CLAIM).map(c -> holds(c, learner)).orElse(false));
  }

  /**
   * Gives the course's names back when the learner holds them and has no lesson's object left on
   * the engine: after a reset, the next learner alone there sees the course's names again.
   */
  public static void release(Engine engine, LearnerId learner) {
    Optional<ContainerInspect> claim = engine.inspectContainer(CLAIM);
    if (claim.isPresent() && holds(claim.get(), learner) && !present(engine, learner.name())) {
      removeStale(engine, claim.get());
    }
  }

  /** The learner who holds the course's names, if one does. */
  public static Optional<String> holder(Engine engine) {
    return engine
        .inspectContainer(CLAIM)
        .map(c -> c.labels().getOrDefault(Ownership.LEARNER, ""))
        .filter(name -> !name.isEmpty());
  }

  private static boolean holds(ContainerInspect claim, LearnerId learner) {
    return Ownership.madeByStorageLab(EngineObject.Kind.CONTAINER, CLAIM, claim.labels())
        && learner.name().equals(claim.labels().get(Ownership.LEARNER));
  }

  /**
   * Whether the learner has objects of a lesson on the engine. What belongs to the room (their
   * claim, their progress record) does not count: a record is published after a step that may have
   * made nothing yet, and the names must be settled before the first object.
   */
  private static boolean present(Engine engine, String learner) {
    if (learner.isEmpty()) {
      return false;
    }
    String label = Ownership.LEARNER + "=" + learner;
    for (EngineObject.Kind kind :
        List.of(EngineObject.Kind.CONTAINER, EngineObject.Kind.VOLUME, EngineObject.Kind.IMAGE)) {
      if (engine.listLabelled(kind, label).stream()
          .anyMatch(o -> !ROOM.equals(o.labels().get(Ownership.LESSON)))) {
        return true;
      }
    }
    return false;
  }

  private static void removeStale(Engine engine, ContainerInspect claim) {
    try {
      engine.removeContainer(claim.id());
    } catch (ObjectNotFoundException gone) {
      // Someone else removed it first: the create below decides.
    }
  }
}
