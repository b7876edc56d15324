package dev.storagelab.docker.engine;

import java.util.List;
import java.util.Map;

/**
 * What the engine says about itself and its storage.
 *
 * @param endpoint where the engine was reached
 * @param serverVersion the engine's version, e.g. {@code 20.10.24}
 * @param apiVersion the Engine API version the engine speaks
 * @param minApiVersion the oldest API version the engine still accepts
 * @param os the operating system the engine runs containers on, e.g. {@code linux}
 * @param arch the engine's architecture, e.g. {@code x86_64}
 * @param kernelVersion the kernel of the engine's host
 * @param storage the storage driver and its status
 * @param dataRoot the engine's data root, e.g. {@code /var/lib/docker}
 * @param imageStore {@code graphdriver} or {@code containerd}: where images are kept
 * @param volumePlugins the volume drivers the engine offers, {@code local} first
 * @param cgroupVersion {@code 1} or {@code 2}
 * @param cgroupDriver {@code cgroupfs} or {@code systemd}
 * @param rootless whether the engine runs without root
 * @param counts how many objects the engine holds
 * @param product which product answers: Docker Engine, Docker Desktop or Podman
 */
public record EngineStatus(
    EngineEndpoint endpoint,
    String serverVersion,
    String apiVersion,
    String minApiVersion,
    String os,
    String arch,
    String kernelVersion,
    StorageDriver storage,
    String dataRoot,
    String imageStore,
    List<String> volumePlugins,
    String cgroupVersion,
    String cgroupDriver,
    boolean rootless,
    Counts counts,
    EngineProduct product) {

  /**
   * The storage driver that builds image layers and container layers.
   *
   * @param name e.g. {@code overlay2}
   * @param backingFilesystem the filesystem under the data root, e.g. {@code extfs}
   * @param supportsDType whether that filesystem reports file types in directory entries, which
   *     overlay2 requires
   * @param status every status pair the driver reports, in its order
   */
  public record StorageDriver(
      String name, String backingFilesystem, Boolean supportsDType, Map<String, String> status) {}

  /**
   * How many objects the engine holds.
   *
   * @param images images, including intermediate ones
   * @param containers containers in any state
   * @param containersRunning running containers
   * @param volumes volumes of every driver
   */
  public record Counts(int images, int containers, int containersRunning, int volumes) {}
}
