package dev.storagelab.docker.lab;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds and removes what storage-lab created on the engine, and nothing else. */
public final class LabCleanup {

  /** Dependents first: containers hold volumes, networks and images in use. */
  private static final List<EngineObject.Kind> ORDER =
      List.of(
          EngineObject.Kind.CONTAINER,
          EngineObject.Kind.NETWORK,
          EngineObject.Kind.VOLUME,
          EngineObject.Kind.IMAGE);

  private final Engine engine;

  /** Cleans up on the given engine. */
  public LabCleanup(Engine engine) {
    this.engine = engine;
  }

  /** Everything storage-lab owns on the engine, in the order it would be removed. */
  public List<EngineObject> owned() {
    return owned(object -> true);
  }

  /**
   * What storage-lab owns of one learner's lesson.
   *
   * @param names the learner, and whether they hold the course's names
   * @param lesson the lesson's ID, as in its objects' {@value Ownership#LESSON} label
   */
  public List<EngineObject> ownedBy(LearnerNames names, String lesson) {
    return owned(
        object ->
            lesson.equals(object.labels().get(Ownership.LESSON))
                && Ownership.belongsTo(names, object.labels()));
  }

  /**
   * Everything storage-lab made for one learner: every lesson's objects, their record and their
   * claim on the course's names; and what the room shares (the base image) when nobody else has
   * anything on the engine, so that the last learner to clean up leaves the engine as it was.
   */
  public List<EngineObject> ownedBy(LearnerNames names) {
    Predicate<EngineObject> mine = object -> Ownership.belongsTo(names, object.labels());
    Predicate<EngineObject> shared = object -> !object.labels().containsKey(Ownership.LEARNER);
    List<EngineObject> all = owned();
    boolean alone = all.stream().allMatch(mine.or(shared));
    return all.stream().filter(alone ? mine.or(shared) : mine).toList();
  }

  /** Everything storage-lab made for the learners named, and none of the rest. */
  public List<EngineObject> ownedByLearners(java.util.Set<String> learners) {
    return owned(object -> learners.contains(object.labels().get(Ownership.LEARNER)));
  }

  /**
   * Removes the given objects, which must be storage-lab's (each is checked again).
   *
   * @return what was removed and what could not be, with the engine's reason
   */
  public CleanupReport remove(List<EngineObject> objects) {
    List<EngineObject> removed = new ArrayList<>();
    List<CleanupReport.Failure> kept = new ArrayList<>();
    List<CleanupReport.Failure> failed = new ArrayList<>();
    for (EngineObject object : objects) {
      Optional<EngineObject> owned = Ownership.owned(object);
      if (owned.isEmpty()) {
        throw new IllegalArgumentException("not storage-lab's: " + object);
      }
      for (EngineObject one : eachTag(owned.get())) {
        try {
          engine.remove(one);
          removed.add(one);
        } catch (EngineException e) {
          (inUse(e) ? kept : failed).add(new CleanupReport.Failure(one, e.getMessage()));
        }
      }
    }
    return new CleanupReport(removed, kept, failed);
  }

  /** An image once per tag, so that the report says which tag went and which stayed. */
  private static List<EngineObject> eachTag(EngineObject object) {
    if (object.kind() != EngineObject.Kind.IMAGE || object.names().size() < 2) {
      return List.of(object);
    }
    return object.names().stream()
        .map(name -> new EngineObject(object.kind(), object.id(), List.of(name), object.labels()))
        .toList();
  }

  /**
   * The engine refused because something still uses the object. Containers are removed first, so
   * what still uses it is not storage-lab's.
   */
  private static boolean inUse(EngineException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("is using") || message.contains("in use");
  }

  private List<EngineObject> owned(Predicate<EngineObject> scope) {
    List<EngineObject> owned = new ArrayList<>();
    for (EngineObject.Kind kind : ORDER) {
      engine.listLabelled(kind, Ownership.MANAGED).stream()
          .map(Ownership::owned)
          .flatMap(Optional::stream)
          .filter(scope)
          .forEach(owned::add);
    }
    return owned;
  }
}
