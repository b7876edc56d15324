package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.MountPaths;
import java.util.List;
import java.util.Optional;

/** Host paths a pod should not be given lightly. */
final class Security {

  private static final List<String> WHOLE =
      List.of("/", "/etc", "/root", "/boot", "/var", "/usr", "/home");
  private static final List<String> WITHIN = List.of("/proc", "/sys", "/dev");
  private static final List<String> SOCKETS =
      List.of("/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock");

  private Security() {}

  /** Why a hostPath source is dangerous, if it is. */
  static Optional<String> warning(String path, String dataRoot) {
    String clean = MountPaths.clean(path);
    if (WHOLE.contains(clean)) {
      return Optional.of("hostPath " + clean + " gives the pod a whole system folder of the node");
    }
    for (String root : WITHIN) {
      if (clean.equals(root) || clean.startsWith(root + "/")) {
        return Optional.of(
            "hostPath " + clean + " exposes the node's kernel interfaces (" + root + ")");
      }
    }
    if (SOCKETS.contains(clean)) {
      return Optional.of(
          "hostPath "
              + clean
              + " is the container engine's socket: root on the node for whoever has the pod");
    }
    if (clean.equals(MountPaths.clean(dataRoot))) {
      return Optional.of(
          "hostPath "
              + clean
              + " is the engine's whole data root: every image, container and volume of the node");
    }
    return Optional.empty();
  }
}
