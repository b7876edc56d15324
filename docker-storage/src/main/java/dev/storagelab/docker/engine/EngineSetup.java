package dev.storagelab.docker.engine;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What kind of engine answers, recognised from its own answers ({@code /info}, the components of
 * {@code /version}, the storage driver's status), and what the lessons do differently there.
 *
 * @param product {@code Docker Engine}, {@code Docker Desktop} or {@code Podman}
 * @param lessonNotes what the lessons show or prove differently on this engine, one line each
 */
public record EngineSetup(String product, List<String> lessonNotes) {

  public EngineSetup {
    lessonNotes = List.copyOf(lessonNotes);
  }

  /**
   * Reads the setup from the engine's answers.
   *
   * @param driver the storage driver's name
   * @param imageStore {@code graphdriver} or {@code containerd}
   */
  static EngineSetup of(
      JsonNode info, JsonNode version, String driver, String imageStore, boolean rootless) {
    String product = product(info, version);
    List<String> notes = new ArrayList<>();
    if (product.equals("Docker Desktop")) {
      notes.add(
          "Docker Desktop keeps the engine's files in a VM: host evidence (upper dirs, _data) is"
              + " read through a helper container that mounts the VM's root, and bind sources must"
              + " be in folders Desktop shares.");
    }
    if (product.equals("Podman")) {
      notes.add(
          "Podman's Docker-compatible API: volumes live under /var/lib/containers/storage/volumes"
              + " and its storage is containers/storage; the lessons read what its answers show.");
    }
    if (rootless) {
      notes.add(
          "A rootless engine: its data root ("
              + info.path("DockerRootDir").asString("")
              + ") is in the user's home and its containers' root is a user namespace's; the"
              + " lessons read host evidence there.");
    }
    if (imageStore.equals("containerd")) {
      notes.add(
          "The containerd image store: docker inspect shows no writable-layer directory, so step 5"
              + " proves the writable layer with docker diff alone and says so.");
    }
    if (driver.equals("vfs")) {
      notes.add(
          "The vfs storage driver: steps 5-7 show each layer as a full copy in the data root's"
              + " vfs/dir, with no overlay mount.");
    } else if (!driver.startsWith("overlay") && !imageStore.equals("containerd")) {
      notes.add(
          "The "
              + driver
              + " storage driver shows no upper dir: step 5 proves the writable layer with docker"
              + " diff.");
    }
    return new EngineSetup(product, notes);
  }

  private static String product(JsonNode info, JsonNode version) {
    for (JsonNode component : version.path("Components")) {
      if (component.path("Name").asString("").contains("Podman")) {
        return "Podman";
      }
    }
    String os = info.path("OperatingSystem").asString("");
    return os.contains("Docker Desktop") ? "Docker Desktop" : "Docker Engine";
  }
}
