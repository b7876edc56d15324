package dev.storagelab.docker.containers;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.InspectReader;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserFile;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.mounts.VolumeState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's mounts, from a live engine (with each named volume's mountpoint and size) or from a
 * file {@code docker inspect} wrote. Sits above the mount model and the engine: the model knows
 * neither where containers come from nor how the engine is asked.
 */
public final class ContainerMounts {

  /** The largest inspect file read. */
  private static final int MAX_FILE = 16 << 20;

  private ContainerMounts() {}

  /**
   * A live container, its named volumes measured.
   *
   * @throws ObjectNotFoundException when there is no such container
   */
  public static ContainerInspect of(Engine engine, String nameOrId) {
    ContainerInspect container =
        engine
            .inspectContainer(nameOrId)
            .orElseThrow(() -> new ObjectNotFoundException("No such container: " + nameOrId, null));
    List<Mount> withState = new ArrayList<>();
    for (Mount mount : container.mounts()) {
      withState.add(
          mount instanceof VolumeMount v && v.name().isPresent() ? measured(engine, v) : mount);
    }
    return container.withMounts(withState);
  }

  /**
   * A container as {@code docker inspect CONTAINER > FILE} wrote it.
   *
   * @throws InputException when the file is missing or is not one container's inspect document
   */
  public static ContainerInspect fromFile(Path file) {
    return InspectReader.parse(UserFile.readText(file, "docker inspect file", MAX_FILE));
  }

  private static Mount measured(Engine engine, VolumeMount volume) {
    return engine
        .measureVolume(volume.name().orElseThrow())
        .<Mount>map(
            info ->
                volume.toBuilder()
                    .state(new VolumeState(info.mountpoint(), info.sizeBytes()))
                    .build())
        .orElse(volume);
  }
}
