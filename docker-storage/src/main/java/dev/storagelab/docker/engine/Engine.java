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

  /** The engine's version, storage driver, data root, plugins and object counts. */
  EngineStatus status();

  /**
   * The image a reference names, if the engine has it.
   *
   * @param reference a name, {@code name:tag} or an image ID
   */
  Optional<ImageSummary> findImage(String reference);

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
   * @return the built image's ID
   */
  String buildImage(BuildRequest request, Consumer<String> progress);

  /**
   * A container's full inspect document, as {@code docker inspect} prints it (one object).
   *
   * @param nameOrId the container's name or ID
   * @return the JSON text, or empty when there is no such container
   */
  Optional<String> inspectContainer(String nameOrId);

  /**
   * A volume with its size on disk.
   *
   * @param name the volume's name
   * @return the volume, or empty when there is none by that name
   */
  Optional<VolumeInfo> inspectVolume(String name);

  /**
   * The objects of a kind that carry a label, whatever its value.
   *
   * @param kind containers, volumes, networks or images
   * @param labelKey the label to filter by
   */
  List<EngineObject> listLabelled(EngineObject.Kind kind, String labelKey);

  /**
   * Removes one object: a container with force (its anonymous volumes stay), a volume, a network,
   * or one tag of an image (the image goes when its last tag does).
   *
   * @param object what to remove, as listed by {@link #listLabelled}
   */
  void remove(EngineObject object);

  @Override
  void close();
}
