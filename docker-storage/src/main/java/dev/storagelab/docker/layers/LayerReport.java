package dev.storagelab.docker.layers;

import java.util.List;

/**
 * One layer and what it changed in the stack below it, paths in order.
 *
 * @param layer the layer
 * @param changes what it added, modified and removed; directories it only repeats are left out
 */
public record LayerReport(ImageLayer layer, List<PathChange> changes) {

  public LayerReport {
    changes = List.copyOf(changes);
  }

  /** How many paths the layer added. */
  public int added() {
    return count(ChangeKind.ADDED);
  }

  /** How many paths the layer changed: content, mode, owner or link target. */
  public int modified() {
    return count(ChangeKind.MODIFIED);
  }

  /** How many paths of the layers below the layer hid, everything below a directory counted. */
  public int removed() {
    return changes.stream()
        .filter(c -> c.change() == ChangeKind.REMOVED)
        .mapToInt(PathChange::hiddenPaths)
        .sum();
  }

  private int count(ChangeKind kind) {
    return (int) changes.stream().filter(c -> c.change() == kind).count();
  }
}
