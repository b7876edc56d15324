package dev.storagelab.docker.layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * dive's efficiency, computed as {@code dive/filetree/efficiency.go} computes it, so that an image
 * examined by both gives the same figures. Each layer's tree is visited at its leaves; every leaf
 * adds its size to its path (a whiteout adds the size of the directory it deletes as the layers
 * below stack it, and 0 for a file); a path seen in two layers or more wastes all its copies. Like
 * dive, the stack used to size a whiteout ignores opaque directories, and a directory implied by a
 * deeper path (no entry of its own) counts as a non-directory of size 0.
 */
final class DiveEfficiency {

  private record Node(long size, boolean directory) {}

  private static final class PathSizes {
    int copies;
    long cumulative;
    long smallest = -1;

    void add(long size) {
      copies++;
      cumulative += size;
      if (smallest < 0 || size < smallest) {
        smallest = size;
      }
    }
  }

  private final Map<String, PathSizes> sizes = new HashMap<>();
  private final TreeMap<String, Node> stack = new TreeMap<>();

  static Efficiency of(List<ImageLayer> layers) {
    DiveEfficiency dive = new DiveEfficiency();
    layers.forEach(layer -> dive.visit(layer.contents()));
    long user = layers.stream().skip(1).mapToLong(l -> l.contents().size()).sum();
    return dive.result(user);
  }

  private void visit(LayerContents layer) {
    Map<String, Long> files = new HashMap<>();
    Set<String> parents = new HashSet<>();
    for (LayerEntry entry : layer.entries()) {
      files.put(entry.path(), entry.size());
      ancestors(entry.path(), parents);
    }
    // A whiteout is a leaf of its own (.wh.NAME) in the deleted path's directory.
    layer.whiteouts().forEach(deleted -> ancestors(deleted, parents));
    // dive makes an opaque directory's node on its way to the marker, then skips the marker.
    Set<String> implied = new HashSet<>(layer.opaqueDirs());
    layer.opaqueDirs().forEach(dir -> ancestors(dir, parents));
    implied.addAll(parents);
    implied.removeAll(files.keySet());
    files.forEach((path, size) -> leaf(path, size, parents));
    implied.forEach(path -> leaf(path, 0, parents));
    layer
        .whiteouts()
        .forEach(
            deleted ->
                sizes.computeIfAbsent(deleted, p -> new PathSizes()).add(deletedSize(deleted)));
    stackUp(layer, implied);
  }

  private void leaf(String path, long size, Set<String> parents) {
    if (!parents.contains(path)) {
      sizes.computeIfAbsent(path, p -> new PathSizes()).add(size);
    }
  }

  /** A deleted path's size in the stack below: a directory's whole tree, a file's nothing. */
  private long deletedSize(String path) {
    Node node = stack.get(path);
    if (node == null || !node.directory()) {
      return 0;
    }
    return node.size() + below(path).values().stream().mapToLong(Node::size).sum();
  }

  private void stackUp(LayerContents layer, Set<String> implied) {
    for (String deleted : layer.whiteouts()) {
      stack.remove(deleted);
      below(deleted).clear();
    }
    for (LayerEntry entry : layer.entries()) {
      stack.put(entry.path(), new Node(entry.size(), entry.kind() == EntryKind.DIRECTORY));
    }
    implied.forEach(path -> stack.put(path, new Node(0, false)));
  }

  private java.util.NavigableMap<String, Node> below(String dir) {
    return Stack.below(stack, dir);
  }

  private Efficiency result(long userSize) {
    long smallest = 0;
    long all = 0;
    List<Efficiency.Waste> wasters = new ArrayList<>();
    long wasted = 0;
    for (Map.Entry<String, PathSizes> each : sizes.entrySet()) {
      PathSizes path = each.getValue();
      smallest += path.smallest;
      all += path.cumulative;
      if (path.copies >= 2) {
        wasted += path.cumulative;
        wasters.add(new Efficiency.Waste(each.getKey(), path.copies, path.cumulative));
      }
    }
    wasters.sort(
        Comparator.comparingLong(Efficiency.Waste::bytes)
            .reversed()
            .thenComparing(Efficiency.Waste::path));
    double score = all == 0 ? 1.0 : (double) smallest / all;
    return new Efficiency(score, wasted, userSize, wasters);
  }

  private static void ancestors(String path, Set<String> into) {
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (!into.add(path.substring(0, slash))) {
        return;
      }
    }
  }
}
