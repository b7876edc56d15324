package dev.storagelab.docker.lab;

import dev.storagelab.docker.engine.EngineObject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The labels that mark an engine object as storage-lab's, and the test of whether an object is.
 *
 * <p>Labels alone are not proof: an image's labels are inherited by every container run from it and
 * every image built on it. So each object also names its own kind, and an image names its own tag;
 * a user's container from a lab image carries the image's kind, not {@code container}, and a user's
 * image built on a lab image carries a tag label that is not one of its tags.
 *
 * <p>A learner's objects also carry the learner's name ({@value #LEARNER}), so that on an engine a
 * room shares, a learner's reset and cleanup touch their own objects only. Objects every learner
 * uses (the busybox base image, helpers) carry none: they are the room's.
 *
 * @param lesson the lesson the object belongs to, or {@code toolkit} for shared objects
 * @param run the run that created it
 * @param learner the learner it belongs to, or empty for an object every learner uses
 */
public record Ownership(String lesson, String run, String learner) {

  /** Present, with value {@code true}, on everything storage-lab creates. */
  public static final String MANAGED = "dev.storagelab.managed";

  /** The kind of object the label was put on: {@code container}, {@code volume}, ... */
  public static final String KIND = "dev.storagelab.kind";

  /** The lesson the object belongs to. */
  public static final String LESSON = "dev.storagelab.lesson";

  /** The run that created the object. */
  public static final String RUN = "dev.storagelab.run";

  /** The learner the object belongs to; absent on what the room shares. */
  public static final String LEARNER = "dev.storagelab.learner";

  /** On images: the tag storage-lab gave the image. */
  public static final String IMAGE_TAG = "dev.storagelab.image";

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  /** Ownership by a learner's new run of a lesson, with an ID unique to this run. */
  public static Ownership newRun(String lesson, LearnerId learner) {
    return new Ownership(lesson, newRunId(), learner.name());
  }

  /** Ownership of what every learner on the engine uses, by a new run. */
  public static Ownership shared(String lesson) {
    return new Ownership(lesson, newRunId(), "");
  }

  /** A new run ID: the time and four random hex digits. */
  public static String newRunId() {
    String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    return LocalDateTime.now().format(RUN_TIME) + "-" + suffix;
  }

  /** Labels for a container, volume or network this run creates. */
  public Map<String, String> labelsFor(EngineObject.Kind kind) {
    if (kind == EngineObject.Kind.IMAGE) {
      throw new IllegalArgumentException("an image's labels must name its tag: use imageLabels");
    }
    return labels(kind, Map.of());
  }

  /** Labels for an image this run builds and tags {@code tag}. */
  public Map<String, String> imageLabels(String tag) {
    return labels(EngineObject.Kind.IMAGE, Map.of(IMAGE_TAG, tag));
  }

  /**
   * Labels in a fixed order, so that builds label the same way every time (and hit the cache).
   *
   * @param more labels beyond ownership
   */
  public Map<String, String> labels(EngineObject.Kind kind, Map<String, String> more) {
    java.util.TreeMap<String, String> labels = new java.util.TreeMap<>(more);
    labels.put(MANAGED, "true");
    labels.put(KIND, kind.word());
    labels.put(LESSON, lesson);
    labels.put(RUN, run);
    if (!learner.isEmpty()) {
      labels.put(LEARNER, learner);
    }
    return java.util.Collections.unmodifiableMap(labels);
  }

  /**
   * Whether an object of storage-lab's is the learner's: labelled with their name, or, made by a
   * version before learners had names, with none while the learner holds the course's names (the
   * learner those older objects were made for, on an engine that had one). What the room shares is
   * nobody's.
   *
   * @param names the learner and whether they hold the course's names
   */
  public static boolean belongsTo(LearnerNames names, Map<String, String> labels) {
    String learner = labels.get(LEARNER);
    if (learner != null) {
      return learner.equals(names.learner().name());
    }
    return names.course() && !SHARED_LESSONS.contains(labels.get(LESSON));
  }

  /** The lessons of objects the room shares: they carry no learner. */
  private static final java.util.Set<String> SHARED_LESSONS =
      java.util.Set.of("toolkit", "k8s-verify");

  /**
   * Whether storage-lab made the object of that name. Labels alone do not say so: a container
   * carries its image's labels, and an image those of its base, so an object a learner made from
   * storage-lab's image has storage-lab's labels with another kind, or another image's tag.
   *
   * @param name a container's or volume's name, or an image's {@code name:tag}
   */
  public static boolean madeByStorageLab(
      EngineObject.Kind kind, String name, Map<String, String> labels) {
    return "true".equals(labels.get(MANAGED))
        && kind.word().equals(labels.get(KIND))
        && (kind != EngineObject.Kind.IMAGE || name.equals(labels.get(IMAGE_TAG)));
  }

  /** The repository namespace of every tag storage-lab gives an image. */
  public static final String NAMESPACE = "storage-lab/";

  /**
   * The object as storage-lab owns it, if it does. An image is reduced to the tags storage-lab gave
   * it (its labelled tag, and others of that image in the {@value #NAMESPACE} namespace, such as a
   * lesson's {@code :staging}), so that removing it never takes a tag someone else added.
   */
  public static Optional<EngineObject> owned(EngineObject object) {
    Map<String, String> labels = object.labels();
    if (!"true".equals(labels.get(MANAGED)) || !object.kind().word().equals(labels.get(KIND))) {
      return Optional.empty();
    }
    if (object.kind() != EngineObject.Kind.IMAGE) {
      return Optional.of(object);
    }
    String tag = labels.get(IMAGE_TAG);
    if (object.names().isEmpty() && tag != null && tag.startsWith(NAMESPACE)) {
      return Optional.of(object);
    }
    if (!object.names().contains(tag)) {
      return Optional.empty();
    }
    List<String> ours = new ArrayList<>(List.of(tag));
    object.names().stream()
        .filter(name -> name.startsWith(NAMESPACE) && !name.equals(tag))
        .forEach(ours::add);
    return Optional.of(new EngineObject(object.kind(), object.id(), ours, labels));
  }
}
