package dev.storagelab.docker.engine;

import dev.storagelab.docker.volumes.VolumeInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything storage-lab asks of a Docker engine. Lessons, inspectors and converters depend on this
 * interface; no client library type crosses it.
 */
public interface Engine extends AutoCloseable {

  /** Where this engine was reached. */
  EngineEndpoint endpoint();

  /**
   * Who this engine is, whatever address or context reaches it: its own ID ({@code docker info
   * --format '{{.ID}}'}) with its data root, because daemons on one host that share {@code
   * /etc/docker/key.json} report the same ID. What storage-lab keeps per engine is keyed by it.
   */
  String id();

  /**
   * Where the engine keeps its files on its host ({@code docker info --format
   * '{{.DockerRootDir}}'}).
   */
  String dataRoot();

  /** The engine's version, storage driver, data root, plugins and object counts. */
  EngineStatus status();

  /**
   * The image a reference names, if the engine has it.
   *
   * @param reference a name, {@code name:tag} or an image ID
   */
  Optional<ImageSummary> findImage(String reference);

  /**
   * An image's history, newest step first.
   *
   * @param image a reference or ID
   */
  List<HistoryEntry> history(String image);

  /**
   * Gives an image another tag.
   *
   * @param image the image's reference or ID
   * @param repository the new tag's repository, e.g. {@code storage-lab/todo}
   * @param tag the new tag, e.g. {@code staging}
   */
  void tagImage(String image, String repository, String tag);

  /**
   * Writes an image as {@code docker save} does, to a file that appears whole or not at all.
   *
   * @param reference {@code name:tag}
   * @param file where the tar archive goes
   */
  void saveImage(String reference, java.nio.file.Path file);

  /**
   * Streams an image as {@code docker save} writes it to a reader, which reads it as it arrives:
   * nothing is written to disk.
   *
   * @param reference {@code name:tag} or an image ID
   * @param reader reads the tar archive
   * @return what the reader made of it
   * @throws ObjectNotFoundException when the engine has no such image
   */
  <T> T exportImage(String reference, StreamReader<T> reader);

  /**
   * Pulls an image, giving up after the timeout.
   *
   * @param reference {@code name:tag}
   * @param timeout how long a registry may take to answer
   * @return whether the image is now on the engine
   */
  boolean pullImage(String reference, Duration timeout);

  /**
   * Builds an image with the engine's builder.
   *
   * @param request the build context, tags and labels
   * @param progress receives each line of the build output as it arrives
   * @return the built image's ID, the builder that built it and its steps
   */
  BuildResult buildImage(BuildRequest request, Consumer<String> progress);

  /**
   * A container as the engine describes it, read once.
   *
   * @param nameOrId the container's name or ID
   * @return the container, or empty when there is no such container
   */
  Optional<ContainerInspect> inspectContainer(String nameOrId);

  /**
   * Creates a container.
   *
   * @return its ID
   */
  String createContainer(ContainerSpec spec);

  /** Starts a container. */
  void startContainer(String id);

  /** Stops a container, giving it one second. */
  void stopContainer(String id);

  /** Removes a container with force, and its anonymous volumes. */
  void removeContainer(String id);

  /** A container's changes against its image, as {@code docker diff} lists them. */
  List<FileChange> changes(String id);

  /**
   * A path in a container as {@code docker cp} sees it, read from the archive endpoint without
   * copying it.
   *
   * @return the path's facts, or empty when the container has no such path
   */
  Optional<PathStat> statPath(String container, String path);

  /**
   * The bytes a container's writable layer holds ({@code docker ps --size}), or empty when the
   * engine does not say.
   */
  java.util.OptionalLong writableLayerBytes(String container);

  /**
   * Runs a command in a running container.
   *
   * @param id the container
   * @param command the command and its arguments
   */
  ExecResult exec(String id, List<String> command);

  /**
   * Runs a container to completion and removes it: create, start, wait, read its output.
   *
   * @return its exit code and output
   */
  ExecResult run(ContainerSpec spec);

  /**
   * Creates a volume with the {@code local} driver.
   *
   * @param name its name
   * @param labels its labels
   */
  VolumeInfo createVolume(String name, java.util.Map<String, String> labels);

  /** Removes a volume. */
  void removeVolume(String name);

  /**
   * A volume as the engine keeps it, its size not measured ({@link VolumeInfo#sizeBytes()} empty):
   * what a step that makes, mounts or checks a volume needs, in one quick request.
   *
   * @param name the volume's name
   * @return the volume, or empty when there is none by that name
   */
  Optional<VolumeInfo> inspectVolume(String name);

  /**
   * A volume with its size on disk, which only the engine's disk usage report gives: that report
   * walks every image, container and volume, and the engine makes one at a time, so it is asked for
   * only where a size is shown or mapped.
   *
   * @param name the volume's name
   * @return the volume, or empty when there is none by that name
   */
  Optional<VolumeInfo> measureVolume(String name);

  /**
   * The objects of a kind that carry a label, whatever its value.
   *
   * @param kind containers, volumes, networks or images
   * @param labelKey the label to filter by
   */
  List<EngineObject> listLabelled(EngineObject.Kind kind, String labelKey);

  /**
   * Removes one object: a container with force (its anonymous volumes stay), a volume, a network,
   * or the listed tags of an image (the image goes when its last tag does).
   *
   * @param object what to remove, as listed by {@link #listLabelled}
   */
  void remove(EngineObject object);

  @Override
  void close();
}
