package dev.storagelab.docker.layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The filesystem a stack of layers makes, as the storage driver merges it: each layer's entries
 * over the ones below, its whiteouts and opaque directories hiding what is below them.
 */
final class Stack {

  private final TreeMap<String, LayerEntry> paths = new TreeMap<>();

  /** Lays a layer on top, returning what it changed, paths in order. */
  List<PathChange> apply(LayerContents layer) {
    Set<String> own = new HashSet<>();
    layer.entries().forEach(e -> own.add(e.path()));
    TreeMap<String, LayerEntry> hidden = new TreeMap<>();
    for (String dir : layer.opaqueDirs()) {
      below(dir)
          .forEach(
              (path, entry) -> {
                if (!own.contains(path)) {
                  hidden.put(path, entry);
                }
              });
    }
    for (String path : layer.whiteouts()) {
      LayerEntry gone = paths.get(path);
      if (gone != null) {
        hidden.put(path, gone);
        hidden.putAll(below(path));
      }
    }
    hidden.keySet().forEach(paths::remove);
    List<PathChange> changes = new ArrayList<>(removals(hidden));
    for (LayerEntry entry : layer.entries()) {
      LayerEntry lower = paths.put(entry.path(), entry);
      if (lower == null) {
        changes.add(PathChange.added(entry));
      } else if (!lower.sameAs(entry)) {
        changes.add(PathChange.modified(entry));
      }
    }
    changes.sort(Comparator.comparing(PathChange::path));
    return changes;
  }

  /** Every path of the stack, in order. */
  List<LayerEntry> entries() {
    return List.copyOf(paths.values());
  }

  private NavigableMap<String, LayerEntry> below(String dir) {
    return below(paths, dir);
  }

  /** Everything strictly below a directory, in a map of clean absolute paths. */
  static <V> NavigableMap<String, V> below(NavigableMap<String, V> paths, String dir) {
    String prefix = dir.equals("/") ? "/" : dir + "/";
    // '0' follows '/': every path that starts with the prefix sorts before prefix-with-'0'.
    return paths.subMap(prefix, true, prefix.substring(0, prefix.length() - 1) + "0", false);
  }

  /** The hidden paths as removals: one per topmost path, counting what hides below it. */
  private static List<PathChange> removals(TreeMap<String, LayerEntry> hidden) {
    Map<String, long[]> tops = new HashMap<>();
    for (Map.Entry<String, LayerEntry> each : hidden.entrySet()) {
      String top = topmost(each.getKey(), hidden);
      long[] counts = tops.computeIfAbsent(top, t -> new long[2]);
      counts[0]++;
      counts[1] += each.getValue().size();
    }
    List<PathChange> removals = new ArrayList<>();
    tops.forEach(
        (top, counts) ->
            removals.add(
                new PathChange(ChangeKind.REMOVED, hidden.get(top), (int) counts[0], counts[1])));
    return removals;
  }

  private static String topmost(String path, Map<String, LayerEntry> hidden) {
    String top = path;
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      String ancestor = path.substring(0, slash);
      if (hidden.containsKey(ancestor)) {
        top = ancestor;
      }
    }
    return top;
  }
}
