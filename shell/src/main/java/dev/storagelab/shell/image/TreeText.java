package dev.storagelab.shell.image;

import dev.storagelab.docker.layers.ByteSize;
import dev.storagelab.docker.layers.ChangeKind;
import dev.storagelab.shell.output.Style;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paths drawn as a tree, as dive draws a layer: a column for the change (A, C, D as {@code docker
 * diff} marks them), the mode, the owner and the size, then the name under its directory.
 */
final class TreeText {

  /** Paths in tree order: a directory, then everything below it, then its next sibling. */
  static final Comparator<String> TREE_ORDER =
      (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
          char x = a.charAt(i);
          char y = b.charAt(i);
          if (x != y) {
            return x == '/' ? -1 : y == '/' ? 1 : Character.compare(x, y);
          }
        }
        return Integer.compare(a.length(), b.length());
      };

  private TreeText() {}

  /** The rows as a tree, every directory above them drawn too. */
  static String render(List<TreeRow> rows, Style style) {
    List<TreeRow> all = withDirectoriesAbove(rows);
    Map<String, String> lastChild = new HashMap<>();
    for (TreeRow row : all) {
      lastChild.put(parent(row.path()), row.path());
    }
    StringBuilder out = new StringBuilder();
    for (TreeRow row : all) {
      out.append(line(row, branches(row.path(), lastChild), style)).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static String line(TreeRow row, String branches, Style style) {
    String marker = row.change() == null ? " " : String.valueOf(row.change().letter());
    String size = row.size() < 0 ? "-" : ByteSize.of(row.size());
    String name = row.path().substring(row.path().lastIndexOf('/') + 1);
    String link = row.linkTarget().isEmpty() ? "" : " → " + row.linkTarget();
    String note = row.note().isEmpty() ? "" : "  (" + row.note() + ")";
    String text =
        String.format(
            "%s %-10s %-9s %9s  %s%s%s%s",
            marker, row.mode(), row.owner(), size, branches, name, link, note);
    if (row.change() == ChangeKind.ADDED) {
      return style.pass(text);
    }
    if (row.change() == ChangeKind.MODIFIED) {
      return style.warn(text);
    }
    if (row.change() == ChangeKind.REMOVED) {
      return style.fail(text);
    }
    return row.isContext() ? style.dim(text) : text;
  }

  /** The lines drawn left of a name: one column per directory above it, then its own branch. */
  private static String branches(String path, Map<String, String> lastChild) {
    StringBuilder columns = new StringBuilder();
    for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
      columns.append(last(path.substring(0, slash), lastChild) ? "    " : "│   ");
    }
    return columns.append(last(path, lastChild) ? "└── " : "├── ").toString();
  }

  private static boolean last(String path, Map<String, String> lastChild) {
    return path.equals(lastChild.get(parent(path)));
  }

  private static List<TreeRow> withDirectoriesAbove(List<TreeRow> rows) {
    Map<String, TreeRow> byPath = new LinkedHashMap<>();
    rows.forEach(row -> byPath.put(row.path(), row));
    for (TreeRow row : rows) {
      for (String dir = parent(row.path()); !dir.isEmpty(); dir = parent(dir)) {
        byPath.putIfAbsent(dir, TreeRow.context(dir));
      }
    }
    List<TreeRow> all = new ArrayList<>(byPath.values());
    all.sort(Comparator.comparing(TreeRow::path, TREE_ORDER));
    return all;
  }

  /** The directory a path is in, or empty for a top-level path ({@code /app}). */
  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "" : path.substring(0, slash);
  }
}
