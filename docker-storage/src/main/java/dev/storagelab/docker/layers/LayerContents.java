package dev.storagelab.docker.layers;

import java.util.List;

/**
 * What one layer's tar holds: its entries, the paths it deletes (whiteouts, {@code .wh.NAME}) and
 * the directories it makes opaque ({@code .wh..wh..opq}: everything below from lower layers
 * hidden).
 *
 * @param entries the files, directories and links, in the tar's order
 * @param whiteouts the paths deleted, as the paths they hide
 * @param opaqueDirs the directories whose lower contents are hidden
 * @param size the bytes of all entries, as dive counts a layer's size
 */
public record LayerContents(
    List<LayerEntry> entries, List<String> whiteouts, List<String> opaqueDirs, long size) {

  public LayerContents {
    entries = List.copyOf(entries);
    whiteouts = List.copyOf(whiteouts);
    opaqueDirs = List.copyOf(opaqueDirs);
  }

  /** The number of tar entries that make it, whiteouts and markers included. */
  public int entryCount() {
    return entries.size() + whiteouts.size() + opaqueDirs.size();
  }
}
