package dev.storagelab.lesson;

import java.nio.file.Path;

/**
 * The folders storage-lab works in on this host for one engine, apart from the learner's progress:
 * each lesson's lab folder (its bind sources, the app's build context) and storage-lab's own
 * cluster state. Resetting a lesson removes its lab folder; its progress is forgotten by the {@link
 * ProgressStore}, each by its owner.
 *
 * @param home the engine's folder under storage-lab's home (or its practice folder)
 */
public record LabFolders(Path home) {

  /** The lesson's folder on this host, for bind mounts. */
  public Path labDir(String lesson) {
    return labsDir().resolve(lesson);
  }

  /** The folder that holds every lesson's folder. */
  public Path labsDir() {
    return home.resolve("labs").toAbsolutePath();
  }

  /** The folder of storage-lab's own Kubernetes cluster: its kubeconfig and images to import. */
  public Path clusterDir() {
    return home.resolve("k3s").toAbsolutePath();
  }
}
