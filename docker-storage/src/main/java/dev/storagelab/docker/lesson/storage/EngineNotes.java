package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.EngineProduct;
import dev.storagelab.docker.engine.EngineStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * What lesson 1 shows or proves differently on an engine, from the facts the engine reports: the
 * engine says what it is, the lesson decides what that means for its steps.
 */
public final class EngineNotes {

  private EngineNotes() {}

  /** One line for each way this engine changes the lesson; none for a rootful overlay2 engine. */
  public static List<String> of(EngineStatus status) {
    List<String> notes = new ArrayList<>();
    if (status.product() == EngineProduct.DOCKER_DESKTOP) {
      notes.add(
          "Docker Desktop keeps the engine's files in a VM: host evidence (upper dirs, _data) is"
              + " read through a helper container that mounts the VM's root, and bind sources must"
              + " be in folders Desktop shares.");
    }
    if (status.product() == EngineProduct.PODMAN) {
      notes.add(
          "Podman's Docker-compatible API: volumes live under /var/lib/containers/storage/volumes"
              + " and its storage is containers/storage; the lessons read what its answers show.");
    }
    if (status.rootless()) {
      notes.add(
          "A rootless engine: its data root ("
              + status.dataRoot()
              + ") is in the user's home and its containers' root is a user namespace's; the"
              + " lessons read host evidence there.");
    }
    notes.addAll(storageNotes(status.storage().name(), status.imageStore()));
    return notes;
  }

  private static List<String> storageNotes(String driver, String imageStore) {
    boolean containerd = imageStore.equals("containerd");
    List<String> notes = new ArrayList<>();
    if (containerd) {
      notes.add(
          "The containerd image store: docker inspect shows no writable-layer directory, so step 5"
              + " proves the writable layer with docker diff alone and says so.");
    }
    if (driver.equals("vfs")) {
      notes.add(
          "The vfs storage driver: steps 5-7 show each layer as a full copy in the data root's"
              + " vfs/dir, with no overlay mount.");
    } else if (!driver.startsWith("overlay") && !containerd) {
      notes.add(
          "The "
              + driver
              + " storage driver shows no upper dir: step 5 proves the writable layer with docker"
              + " diff.");
    }
    return notes;
  }
}
