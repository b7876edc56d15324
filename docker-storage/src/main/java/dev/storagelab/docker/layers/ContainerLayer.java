package dev.storagelab.docker.layers;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.FileChange;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.engine.PathStat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A container's writable layer seen as an image layer is seen: what it added, modified and removed,
 * with sizes. Built from the Engine API's changes and archive endpoints, so it works on any engine
 * and storage driver, running container or stopped.
 *
 * @param container the container's name or ID, as asked
 * @param changes the changes, in {@code docker diff}'s order
 * @param sizeBytes the layer's size as the engine counts it ({@code docker ps --size}), if it says
 */
public record ContainerLayer(
    String container, List<WritableChange> changes, OptionalLong sizeBytes) {

  public ContainerLayer {
    changes = List.copyOf(changes);
  }

  /**
   * Reads a container's writable layer.
   *
   * @throws ObjectNotFoundException when there is no such container
   */
  public static ContainerLayer of(Engine engine, String container) {
    if (engine.inspectContainer(container).isEmpty()) {
      throw new ObjectNotFoundException(
          "No container '" + container + "' on the engine: docker ps -a lists them.", null);
    }
    List<WritableChange> changes = new ArrayList<>();
    for (FileChange change : engine.changes(container)) {
      changes.add(described(engine, container, change));
    }
    return new ContainerLayer(container, changes, engine.writableLayerBytes(container));
  }

  private static WritableChange described(Engine engine, String container, FileChange change) {
    ChangeKind kind =
        switch (change.kind()) {
          case 'A' -> ChangeKind.ADDED;
          case 'D' -> ChangeKind.REMOVED;
          default -> ChangeKind.MODIFIED;
        };
    Optional<PathStat> stat =
        kind == ChangeKind.REMOVED ? Optional.empty() : engine.statPath(container, change.path());
    return stat.map(
            s ->
                new WritableChange(
                    kind, change.path(), kindOf(s), sizeOf(s), s.mode(), s.linkTarget()))
        .orElseGet(() -> new WritableChange(kind, change.path(), EntryKind.OTHER, 0, 0, ""));
  }

  private static EntryKind kindOf(PathStat stat) {
    if (stat.isDirectory()) {
      return EntryKind.DIRECTORY;
    }
    if (stat.isSymlink()) {
      return EntryKind.SYMLINK;
    }
    return stat.isFile() ? EntryKind.FILE : EntryKind.OTHER;
  }

  /** Only a file's size is its content's: a directory's is the filesystem's bookkeeping. */
  private static long sizeOf(PathStat stat) {
    return stat.isFile() ? stat.size() : 0;
  }

  /** The changes as {@code docker diff} lists them. */
  public List<FileChange> diff() {
    return changes.stream().map(c -> new FileChange(c.change().letter(), c.path())).toList();
  }
}
