package dev.storagelab.k8s.lesson;

import dev.storagelab.lesson.Lesson;
import java.util.List;

/** Lesson 2, "The bridge to Kubernetes storage", on the objects of lesson 1. */
public final class K8sBridgeLesson {

  /** The lesson's ID, in commands and labels. */
  public static final String ID = "k8s-bridge";

  private K8sBridgeLesson() {}

  /** The lesson. */
  public static Lesson create() {
    return new Lesson(
        ID,
        "The bridge to Kubernetes storage",
        "kubectl / YAML",
        List.of(
            new ReadMounts(),
            new VolumeToClaim(),
            new BindToHostPath(),
            new Workload(),
            new WriteManifests(),
            new ApplyToCluster(),
            new ProveOnCluster()));
  }
}
