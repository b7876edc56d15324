package dev.storagelab.docker.engine;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.process.ProcessSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container as the engine describes it ({@code docker inspect}), read once into what storage-lab
 * uses: its identity, its writable layer's directories and its mounts.
 *
 * @param id the container ID
 * @param name its name, without the leading {@code /}
 * @param image the image it was created from, as named
 * @param running whether it runs
 * @param command its entrypoint and command
 * @param labels its labels
 * @param graphDriver the storage driver that made its root filesystem
 * @param layerDirs the driver's directories ({@code LowerDir}, {@code UpperDir}, {@code MergedDir},
 *     {@code WorkDir}), empty when the engine shows none (vfs, the containerd image store)
 * @param mounts its mounts, in the engine's order, then its {@code --tmpfs} mounts
 * @param publishedPorts where each published port ({@code 6443/tcp}) is on the host ({@code
 *     127.0.0.1:32768})
 * @param process how its program runs: entrypoint, command, environment, user, ports...
 */
public record ContainerInspect(
    String id,
    String name,
    String image,
    boolean running,
    List<String> command,
    Map<String, String> labels,
    String graphDriver,
    Map<String, String> layerDirs,
    List<Mount> mounts,
    Map<String, String> publishedPorts,
    ProcessSpec process) {

  public ContainerInspect {
    command = List.copyOf(command);
    labels = Map.copyOf(labels);
    layerDirs = Map.copyOf(layerDirs);
    mounts = List.copyOf(mounts);
    publishedPorts = Map.copyOf(publishedPorts);
  }

  /** The writable layer's directory on the engine's host, if the engine shows it. */
  public Optional<String> upperDir() {
    return Optional.ofNullable(layerDirs.get("UpperDir")).filter(dir -> !dir.isEmpty());
  }

  /** The host folders bound into the container at the same path (a node container's shares). */
  public List<String> bindsAtSamePath() {
    return mounts.stream()
        .filter(BindMount.class::isInstance)
        .map(BindMount.class::cast)
        .filter(b -> b.source().equals(b.target()))
        .map(BindMount::source)
        .toList();
  }

  /** The same container with other mounts (a volume's measured state added, say). */
  public ContainerInspect withMounts(List<Mount> other) {
    return new ContainerInspect(
        id,
        name,
        image,
        running,
        command,
        labels,
        graphDriver,
        layerDirs,
        other,
        publishedPorts,
        process);
  }
}
