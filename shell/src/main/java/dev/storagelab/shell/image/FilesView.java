package dev.storagelab.shell.image;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.layers.ChangeKind;
import dev.storagelab.docker.layers.ContainerLayer;
import dev.storagelab.docker.layers.EntryKind;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.LayerEntry;
import dev.storagelab.docker.layers.LayerReport;
import dev.storagelab.docker.layers.PathChange;
import dev.storagelab.docker.layers.WritableChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of {@code image files} and {@code container changes}, for the tree and for JSON. */
final class FilesView {

  private FilesView() {}

  /**
   * The files at a layer (every layer below stacked), or only what it changed, under a prefix.
   *
   * @param prefix a path such as {@code /app}, or blank for all
   */
  static List<TreeRow> imageFiles(
      ImageInside inside, int layer, boolean changesOnly, String prefix) {
    LayerReport report = inside.layer(layer);
    Map<String, PathChange> changes = new HashMap<>();
    report.changes().forEach(c -> changes.put(c.path(), c));
    List<TreeRow> rows = new ArrayList<>();
    if (!changesOnly) {
      for (LayerEntry entry : inside.filesAt(layer)) {
        PathChange change = changes.get(entry.path());
        rows.add(row(entry, change == null ? null : change.change(), ""));
      }
    }
    for (PathChange change : report.changes()) {
      if (changesOnly || change.change() == ChangeKind.REMOVED) {
        rows.add(row(change.entry(), change.change(), removalNote(change)));
      }
    }
    String under = normalised(prefix);
    List<TreeRow> shown = new ArrayList<>();
    for (TreeRow row : rows) {
      if (under.isEmpty() || row.path().equals(under) || row.path().startsWith(under + "/")) {
        shown.add(row);
      }
    }
    shown.sort(Comparator.comparing(TreeRow::path, TreeText.TREE_ORDER));
    return shown;
  }

  /** A container's writable layer as rows. */
  static List<TreeRow> containerChanges(ContainerLayer layer) {
    List<TreeRow> rows = new ArrayList<>();
    for (WritableChange change : layer.changes()) {
      rows.add(
          new TreeRow(
              change.path(),
              change.modeString(),
              "-",
              change.kind() == EntryKind.FILE ? change.size() : -1,
              change.linkTarget(),
              change.change(),
              ""));
    }
    rows.sort(Comparator.comparing(TreeRow::path, TreeText.TREE_ORDER));
    return rows;
  }

  /** One row as {@code --json} writes it. */
  static Map<String, Object> json(TreeRow row) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("path", row.path());
    out.put("change", row.change() == null ? null : row.change().word());
    out.put("mode", row.mode());
    out.put("owner", row.owner());
    out.put("sizeBytes", row.size() < 0 ? null : row.size());
    out.put("linkTarget", row.linkTarget().isEmpty() ? null : row.linkTarget());
    out.put("note", row.note().isEmpty() ? null : row.note());
    return out;
  }

  private static TreeRow row(LayerEntry entry, ChangeKind change, String note) {
    return new TreeRow(
        entry.path(),
        entry.modeString(),
        entry.uid() + ":" + entry.gid(),
        entry.kind() == EntryKind.FILE ? entry.size() : -1,
        entry.linkTarget(),
        change,
        entry.kind() == EntryKind.HARDLINK ? "hard link" : note);
  }

  private static String removalNote(PathChange change) {
    if (change.change() != ChangeKind.REMOVED) {
      return "";
    }
    String paths = change.hiddenPaths() == 1 ? "" : change.hiddenPaths() + " paths, ";
    return "removed: " + paths + change.hiddenBytes() + " bytes still stored below";
  }

  /** A {@code --path} as an absolute path with no trailing slash; blank for everything. */
  private static String normalised(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      return "";
    }
    if (prefix.contains("\0")) {
      throw new InputException("The --path holds a NUL byte.", prefix);
    }
    String path = prefix.startsWith("/") ? prefix : "/" + prefix;
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.equals("/") ? "" : path;
  }
}
