package dev.storagelab.docker.engine;

import dev.storagelab.docker.mounts.Mount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A container to create, with its storage said either way Docker takes it: {@code -v} specs as
 * written ({@code HostConfig.Binds}, or declared volumes for anonymous ones) and mounts in the
 * {@code --mount} form ({@code HostConfig.Mounts}).
 *
 * @param name the container's name, or {@code null} for one the engine picks
 * @param image the image
 * @param command the command, or empty for the image's
 * @param volumeFlags {@code -v} specs exactly as a learner types them
 * @param mounts {@code --mount} mounts
 * @param labels the container's labels
 * @param publishedPort a container port published on 127.0.0.1 at a port the engine picks; the
 *     container is then on the default network (without one it has no network at all)
 * @param clusterNode whether it is a Kubernetes node: privileged, with the host's cgroup namespace
 */
public record ContainerSpec(
    String name,
    String image,
    List<String> command,
    List<String> volumeFlags,
    List<Mount> mounts,
    Map<String, String> labels,
    OptionalInt publishedPort,
    boolean clusterNode) {

  public ContainerSpec {
    command = List.copyOf(command);
    volumeFlags = List.copyOf(volumeFlags);
    mounts = List.copyOf(mounts);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** A container of an image, with nothing else set. */
  public static ContainerSpec of(String name, String image) {
    return new ContainerSpec(
        name, image, List.of(), List.of(), List.of(), Map.of(), OptionalInt.empty(), false);
  }

  /** This spec with a command. */
  public ContainerSpec withCommand(String... words) {
    return new ContainerSpec(
        name, image, List.of(words), volumeFlags, mounts, labels, publishedPort, clusterNode);
  }

  /** This spec with one more {@code -v} spec. */
  public ContainerSpec withVolumeFlag(String spec) {
    List<String> more = new ArrayList<>(volumeFlags);
    more.add(spec);
    return new ContainerSpec(
        name, image, command, more, mounts, labels, publishedPort, clusterNode);
  }

  /** This spec with one more {@code --mount} mount. */
  public ContainerSpec withMount(Mount mount) {
    List<Mount> more = new ArrayList<>(mounts);
    more.add(mount);
    return new ContainerSpec(
        name, image, command, volumeFlags, more, labels, publishedPort, clusterNode);
  }

  /** This spec with these labels added. */
  public ContainerSpec withLabels(Map<String, String> added) {
    Map<String, String> all = new LinkedHashMap<>(labels);
    all.putAll(added);
    return new ContainerSpec(
        name, image, command, volumeFlags, mounts, all, publishedPort, clusterNode);
  }

  /**
   * This spec with a port published on 127.0.0.1 at a port the engine picks ({@code -p
   * 127.0.0.1::PORT}), which puts the container on the default network.
   */
  public ContainerSpec publishing(int port) {
    return new ContainerSpec(
        name, image, command, volumeFlags, mounts, labels, OptionalInt.of(port), clusterNode);
  }

  /**
   * This spec as a Kubernetes node (k3s, as Testcontainers' K3sContainer runs it): privileged, the
   * host's cgroup namespace, and its API port published on 127.0.0.1 at a port the engine picks.
   */
  public ContainerSpec asClusterNode(int apiPort) {
    return new ContainerSpec(name, image, command, volumeFlags, mounts, labels, publishedPort, true)
        .publishing(apiPort);
  }
}
