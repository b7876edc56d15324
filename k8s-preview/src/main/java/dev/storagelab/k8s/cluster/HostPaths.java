package dev.storagelab.k8s.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The host paths manifests mount, and whether a cluster's node sees them: on a node that is a
 * container or a VM, a hostPath names the node's folder, which is empty where the Docker host's has
 * the data. The fix for each kind of cluster goes with the answer.
 */
public final class HostPaths {

  private HostPaths() {}

  /**
   * A host path and the object that mounts it.
   *
   * @param object {@code Kind/name}
   * @param path the path
   */
  public record HostPath(String object, String path) {}

  /** Every host path (hostPath and local volumes) the objects mount. */
  public static List<HostPath> of(List<HasMetadata> objects) {
    List<HostPath> paths = new ArrayList<>();
    for (HasMetadata object : objects) {
      String id = object.getKind() + "/" + object.getMetadata().getName();
      if (object instanceof PersistentVolume pv && pv.getSpec() != null) {
        if (pv.getSpec().getHostPath() != null) {
          paths.add(new HostPath(id, pv.getSpec().getHostPath().getPath()));
        }
        if (pv.getSpec().getLocal() != null) {
          paths.add(new HostPath(id, pv.getSpec().getLocal().getPath()));
        }
      }
      for (Volume volume : WorkloadObjects.volumes(object)) {
        if (volume.getHostPath() != null) {
          paths.add(new HostPath(id, volume.getHostPath().getPath()));
        }
      }
    }
    return paths;
  }

  /**
   * The paths the node does not see as the Docker host has them.
   *
   * @param recognition the cluster, with the folders bound into its node containers
   */
  public static List<HostPath> unreachable(
      List<HostPath> paths, ClusterRecognizer.Recognition recognition) {
    if (!recognition.kind().nodeApart()) {
      return List.of();
    }
    List<String> shared =
        recognition.nodeContainers().values().stream().flatMap(List::stream).toList();
    return paths.stream().filter(p -> shared.stream().noneMatch(s -> under(p.path(), s))).toList();
  }

  /** How to make the paths reach the node, for this kind of cluster: commands and config. */
  public static List<String> fix(ClusterKind kind, List<HostPath> unreachable) {
    List<String> paths =
        unreachable.stream().map(HostPath::path).distinct().collect(Collectors.toList());
    List<String> lines = new ArrayList<>();
    switch (kind) {
      case KIND -> {
        lines.add(
            "kind mounts host folders into a node only when the cluster is created: recreate it"
                + " with this config (kind create cluster --config kind-storage-lab.yaml):");
        lines.add("kind: Cluster");
        lines.add("apiVersion: kind.x-k8s.io/v1alpha4");
        lines.add("nodes:");
        lines.add("- role: control-plane");
        lines.add("  extraMounts:");
        for (String path : paths) {
          lines.add("  - hostPath: " + path);
          lines.add("    containerPath: " + path);
        }
      }
      case K3D -> {
        lines.add(
            "k3d mounts host folders into its nodes only when the cluster is created: recreate it with");
        lines.add(
            "k3d cluster create storage-lab "
                + paths.stream()
                    .map(p -> "--volume " + p + ":" + p + "@all")
                    .collect(Collectors.joining(" ")));
      }
      case MINIKUBE -> {
        lines.add("minikube's node sees a host folder once it is mounted; keep this running:");
        paths.forEach(p -> lines.add("minikube mount " + p + ":" + p));
        lines.add(
            "(or start it with: minikube start --mount --mount-string="
                + paths.get(0)
                + ":"
                + paths.get(0)
                + ")");
      }
      case DOCKER_DESKTOP -> {
        lines.add(
            "Docker Desktop's node paths are its VM's, not your computer's: a Docker volume's folder"
                + " is not guaranteed to be there. Pin the volume to the node instead, and let k8s"
                + " verify show what the pod sees:");
        lines.add("storage-lab k8s generate ... --node docker-desktop");
        lines.add(
            "(files from your computer are under /run/desktop/mnt/host/ on the node, e.g."
                + " /run/desktop/mnt/host/c/Users/you on Windows, /Users/you on macOS)");
      }
      case STORAGE_LAB -> {
        lines.add(
            "storage-lab's k3s node shares the engine's volumes folder and the lessons' folders;"
                + " other folders need the cluster started again after they exist:");
        lines.add("storage-lab k8s cluster stop && storage-lab k8s cluster start");
      }
      default -> lines.add("The node is the machine the cluster runs on: no fix is needed.");
    }
    return lines;
  }

  private static boolean under(String path, String folder) {
    String base = folder.endsWith("/") ? folder : folder + "/";
    return path.equals(folder) || path.startsWith(base);
  }
}
