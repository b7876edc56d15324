package dev.storagelab.docker.layers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * dive's wasted bytes and efficiency score, computed the way dive's own code computes them (a tree
 * of nodes per layer, copied and stacked, {@code filetree/efficiency.go}), from a {@code docker
 * save} archive the test has unpacked with {@code tar}. It shares no code with storage-lab's: it is
 * the independent figure the tests hold storage-lab's against.
 */
final class DiveReference {

  record Figures(double score, long wastedBytes) {}

  private static final class Node {
    final TreeMap<String, Node> children = new TreeMap<>();
    long size;
    boolean dir;
  }

  private DiveReference() {}

  static Figures of(Path unpackedSave) throws IOException {
    JsonNode manifest =
        JsonMapper.builder().build().readTree(unpackedSave.resolve("manifest.json").toFile());
    List<Node> trees = new ArrayList<>();
    for (JsonNode layer : manifest.get(0).get("Layers")) {
      trees.add(tree(unpackedSave.resolve(layer.asString())));
    }
    Map<String, long[]> paths = new TreeMap<>();
    for (int i = 0; i < trees.size(); i++) {
      Node stacked = new Node();
      for (int j = 0; j < i; j++) {
        stack(stacked, trees.get(j));
      }
      visitLeaves(trees.get(i), "", stacked, paths);
    }
    long smallest = 0;
    long all = 0;
    long wasted = 0;
    for (long[] p : paths.values()) {
      smallest += p[2];
      all += p[1];
      if (p[0] >= 2) {
        wasted += p[1];
      }
    }
    return new Figures(all == 0 ? 1.0 : (double) smallest / all, wasted);
  }

  private static Node tree(Path layerTar) throws IOException {
    Node root = new Node();
    try (InputStream in = Files.newInputStream(layerTar);
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        String[] names = entry.getName().replaceAll("^\\./", "").split("/");
        Node node = root;
        for (int k = 0; k < names.length; k++) {
          if (names[k].isEmpty()) {
            continue;
          }
          Node child = node.children.get(names[k]);
          if (child == null) {
            if (names[k].startsWith(".wh..wh.")) {
              break;
            }
            child = new Node();
            node.children.put(names[k], child);
          }
          node = child;
          if (k == names.length - 1) {
            node.size = entry.getSize();
            node.dir = entry.isDirectory();
          }
        }
      }
    }
    return root;
  }

  /** dive's FileTree.Stack: every node of the upper tree grafted, whiteouts removing. */
  private static void stack(Node lower, Node upper) {
    upper.children.forEach(
        (name, child) -> {
          if (name.startsWith(".wh.")) {
            lower.children.remove(name.substring(4));
            return;
          }
          Node target = lower.children.computeIfAbsent(name, n -> new Node());
          stack(target, child);
          target.size = child.size;
          target.dir = child.dir;
        });
  }

  private static void visitLeaves(Node node, String path, Node stacked, Map<String, long[]> paths) {
    node.children.forEach(
        (name, child) -> {
          if (!child.children.isEmpty()) {
            visitLeaves(child, path + "/" + name, stacked, paths);
            return;
          }
          long size = child.size;
          String at = path + "/" + name;
          if (name.startsWith(".wh.")) {
            at = path + "/" + name.substring(4);
            Node before = find(stacked, at);
            size = before != null && before.dir ? total(before) : 0;
          }
          long[] p = paths.computeIfAbsent(at, k -> new long[] {0, 0, -1});
          p[0]++;
          p[1] += size;
          if (p[2] < 0 || size < p[2]) {
            p[2] = size;
          }
        });
  }

  private static Node find(Node root, String path) {
    Node node = root;
    for (String name : path.substring(1).split("/")) {
      node = node.children.get(name);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private static long total(Node node) {
    long sum = node.size;
    for (Node child : node.children.values()) {
      sum += total(child);
    }
    return sum;
  }
}
