package dev.storagelab.k8s.lesson;

import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.manifests.ManifestWriter;
import dev.storagelab.k8s.naming.KubeNames;
import dev.storagelab.k8s.sources.BridgeInput;
import dev.storagelab.k8s.sources.BridgeSources;
import dev.storagelab.lesson.LessonRun;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import java.nio.file.Path;
import java.util.List;

/** What every step of lesson 2 starts from: lesson 1's container, read and carried over. */
final class BridgeContext {

  /**
   * Lesson 1's container and what the bridge makes of it.
   *
   * @param container the container's name
   * @param input its mounts and the host facts
   * @param plan the Kubernetes objects
   */
  record Lesson1(String container, BridgeInput input, BridgePlan plan) {

    VolumeMount volume() {
      return mounts().stream()
          .filter(VolumeMount.class::isInstance)
          .map(VolumeMount.class::cast)
          .findFirst()
          .orElseThrow();
    }

    BindMount bind() {
      return mounts().stream()
          .filter(BindMount.class::isInstance)
          .map(BindMount.class::cast)
          .findFirst()
          .orElseThrow();
    }

    List<Mount> mounts() {
      return input.workloads().get(0).mounts();
    }

    <T extends HasMetadata> List<T> objects(Class<T> type) {
      return plan.manifests().stream()
          .map(Manifest::object)
          .filter(type::isInstance)
          .map(type::cast)
          .toList();
    }
  }

  private BridgeContext() {}

  /** Lesson 1's container (made if need be, as lesson 1's object) and its plan. */
  static Lesson1 read(LessonRun run) {
    return plan(run, DockerStorageLesson.lessonContainer(lesson1(run)));
  }

  private static LessonRun lesson1(LessonRun run) {
    return new LessonRun(
            run.engine(),
            new Ownership(DockerStorageLesson.ID, run.owner().run(), run.owner().learner()),
            run.labDir().resolveSibling(DockerStorageLesson.ID),
            run::progress)
        .withNames(run.names());
  }

  private static Lesson1 plan(LessonRun run, String container) {
    BridgeInput input = BridgeSources.container(run.engine(), container);
    BridgePlan plan =
        Bridge.plan(input.name(), input.workloads(), input.facts(), BridgeOptions.defaults());
    return new Lesson1(container, input, plan);
  }

  /**
   * The names of this run's objects, for the commands a step shows: lesson 1's container and volume
   * as they are named on this engine (a volume named {@code data-volume-1c64} where another {@code
   * data-volume} was there first), and what the bridge makes of them. Nothing is made: until lesson
   * 1's container runs, the course's own names.
   */
  static Names names(LessonRun run) {
    LessonRun lesson1 = lesson1(run);
    return DockerStorageLesson.runningLessonContainer(lesson1)
        .map(container -> Names.of(plan(run, container)))
        .orElseGet(
            () -> {
              List<String> docker = DockerStorageLesson.lessonNames(lesson1);
              return Names.expected(docker.get(0), docker.get(1));
            });
  }

  /**
   * The names a step's commands use.
   *
   * @param container lesson 1's container
   * @param volume its named volume
   * @param claim the claim made of the volume
   * @param pod the pod made of the container
   * @param volumeFile the PersistentVolume's manifest file
   * @param claimFile the claim's manifest file
   * @param podFile the pod's manifest file
   */
  record Names(
      String container,
      String volume,
      String claim,
      String pod,
      String volumeFile,
      String claimFile,
      String podFile) {

    /**
     * What the bridge will name the objects of lesson 1's container and volume, before the
     * container runs to be read: a claim and a pod named after them, the volume after the claim in
     * the default namespace, as {@link Bridge#plan} names one volume's objects.
     */
    static Names expected(String container, String volume) {
      String claim = KubeNames.label(volume);
      String pod = KubeNames.label(container);
      String persistentVolume = new KubeNames().unique("default-" + claim, "pv");
      return new Names(
          container,
          volume,
          claim,
          pod,
          "10-persistentvolume-" + persistentVolume + ".yaml",
          "20-persistentvolumeclaim-" + claim + ".yaml",
          "30-pod-" + pod + ".yaml");
    }

    static Names of(Lesson1 lesson1) {
      PersistentVolume volume = lesson1.objects(PersistentVolume.class).get(0);
      PersistentVolumeClaim claim = lesson1.objects(PersistentVolumeClaim.class).get(0);
      Pod pod = lesson1.objects(Pod.class).get(0);
      return new Names(
          lesson1.container(),
          lesson1.volume().name().orElseThrow(),
          claim.getMetadata().getName(),
          pod.getMetadata().getName(),
          ManifestWriter.fileName(volume),
          ManifestWriter.fileName(claim),
          ManifestWriter.fileName(pod));
    }
  }

  /** The folder the lesson writes its manifests to. */
  static Path manifests(LessonRun run) {
    return run.labDir().resolve("manifests");
  }
}
