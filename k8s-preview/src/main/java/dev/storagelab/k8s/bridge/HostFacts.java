package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.volumes.VolumeInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of the Docker host the mounts come from: the engine's data root, the volumes that
 * exist, and what each bind source is. Read once before mapping, so that mapping stays a pure
 * function.
 *
 * @param dataRoot the engine's data root, if an engine answered
 * @param volumes the volumes that exist, by name
 * @param paths what each bind source on the host is
 * @param assumptions what had to be assumed because it could not be read, for the learner
 */
public record HostFacts(
    Optional<String> dataRoot,
    Map<String, VolumeInfo> volumes,
    Map<String, PathKind> paths,
    List<String> assumptions) {

  /** The data root Docker uses on Linux when nothing else is configured. */
  public static final String DEFAULT_DATA_ROOT = "/var/lib/docker";

  /** What a host path is. */
  public enum PathKind {
    /** An existing directory. */
    DIRECTORY,
    /** An existing file. */
    FILE,
    /** Nothing is there. */
    MISSING,
    /** It could not be checked (the engine is elsewhere, or there is none). */
    UNKNOWN
  }

  public HostFacts {
    volumes = Map.copyOf(volumes);
    paths = Map.copyOf(paths);
    assumptions = List.copyOf(assumptions);
  }

  /** What a host path is, {@link PathKind#UNKNOWN} when it was not checked. */
  public PathKind path(String path) {
    return paths.getOrDefault(path, PathKind.UNKNOWN);
  }

  /** The data root to use: the engine's, or Docker's default. */
  public String dataRootOrDefault() {
    return dataRoot.orElse(DEFAULT_DATA_ROOT);
  }
}
