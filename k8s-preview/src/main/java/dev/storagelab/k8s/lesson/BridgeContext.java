package dev.storagelab.k8s.lesson;

import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.lesson.LessonRun;
import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.sources.BridgeInput;
import dev.storagelab.k8s.sources.BridgeSources;
import io.fabric8.kubernetes.api.model.HasMetadata;
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
    Path lesson1Dir = run.labDir().resolveSibling(DockerStorageLesson.ID);
    LessonRun lesson1 =
        new LessonRun(
            run.engine(),
            new Ownership(DockerStorageLesson.ID, run.owner().run()),
            lesson1Dir,
            run::progress);
    String container = DockerStorageLesson.lessonContainer(lesson1);
    BridgeInput input = BridgeSources.container(run.engine(), container);
    BridgePlan plan =
        Bridge.plan(input.name(), input.workloads(), input.facts(), BridgeOptions.defaults());
    return new Lesson1(container, input, plan);
  }

  /** The folder the lesson writes its manifests to. */
  static Path manifests(LessonRun run) {
    return run.labDir().resolve("manifests");
  }
}
