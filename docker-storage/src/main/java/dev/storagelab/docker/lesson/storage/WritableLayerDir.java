package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.lesson.LessonRun;
import java.util.Optional;

/**
 * Where a container's writable layer lives on the engine's host, as each storage driver keeps it:
 * overlay2 names its upper dir in {@code docker inspect}; vfs names nothing, and keeps the layer as
 * a full copy of the image in {@code DATA_ROOT/vfs/dir/MOUNT_ID}, the mount ID recorded in the
 * layer store.
 *
 * @param driver the storage driver
 * @param path the directory on the engine's host
 * @param what what the driver calls it, for evidence labels
 */
record WritableLayerDir(String driver, String path, String what) {

  /** The container's writable layer directory, where its storage driver lets it be found. */
  static Optional<WritableLayerDir> of(LessonRun run, ContainerInspect container) {
    if (container.upperDir().isPresent()) {
      return Optional.of(
          new WritableLayerDir(container.graphDriver(), container.upperDir().get(), "upper dir"));
    }
    if (!isVfs(container.graphDriver())) {
      return Optional.empty();
    }
    String root = run.engine().dataRoot();
    String mountId =
        run.host().read(root + "/image/vfs/layerdb/mounts/" + container.id() + "/mount-id").strip();
    return mountId.matches("[0-9a-f]{64}(-init)?")
        ? Optional.of(new WritableLayerDir("vfs", root + "/vfs/dir/" + mountId, "dir"))
        : Optional.empty();
  }

  /** Whether the driver is vfs, which copies every layer whole instead of overlaying it. */
  static boolean isVfs(String driver) {
    return driver.equals("vfs");
  }

  /** What the driver calls it, with the driver's name: {@code overlay2 upper dir}. */
  String name() {
    return driver + " " + what;
  }

  /** The label a layer-stack diagram gives the writable layer: the driver that drew it. */
  String diagramLabel() {
    return name() + ": " + path;
  }
}
