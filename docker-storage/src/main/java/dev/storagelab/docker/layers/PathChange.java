package dev.storagelab.docker.layers;

/**
 * One change a layer made: a path it added or modified (with the new entry), or a path it hid from
 * the layers below (with the entry it hid, and how much hides with it below a directory).
 *
 * @param change added, modified or removed
 * @param entry the entry as the layer left it; for a removal, the entry removed
 * @param hiddenPaths for a removal, the paths it hid: the path and everything below it
 * @param hiddenBytes for a removal, the bytes of the files it hid, still stored in lower layers
 */
public record PathChange(ChangeKind change, LayerEntry entry, int hiddenPaths, long hiddenBytes) {

  static PathChange added(LayerEntry entry) {
    return new PathChange(ChangeKind.ADDED, entry, 0, 0);
  }

  static PathChange modified(LayerEntry entry) {
    return new PathChange(ChangeKind.MODIFIED, entry, 0, 0);
  }

  /** The path changed. */
  public String path() {
    return entry.path();
  }
}
