package dev.storagelab.docker.layers.archive;

import dev.storagelab.docker.layers.ImageContents;
import dev.storagelab.docker.layers.ImageLayer;
import dev.storagelab.docker.layers.LayerContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an archive's documents say about the layers read from it: which image it is, which layers it
 * stacks in which order, and which history step made each. {@code manifest.json} (docker save, and
 * newer engines beside an OCI layout) is read first; {@code index.json} alone is an OCI layout.
 */
final class ArchiveLayout {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_HOPS = 8;

  private final String source;
  private final Map<String, LayerContents> layers;
  private final Map<String, byte[]> documents;
  private final Map<String, String> links;

  ArchiveLayout(
      String source,
      Map<String, LayerContents> layers,
      Map<String, byte[]> documents,
      Map<String, String> links) {
    this.source = source;
    this.layers = layers;
    this.documents = documents;
    this.links = links;
  }

  ImageContents image() {
    if (documents.containsKey("/manifest.json")) {
      return classic();
    }
    if (documents.containsKey("/index.json")) {
      return oci();
    }
    if (!layers.isEmpty()) {
      throw new BadArchiveException(
          source,
          "it holds layers but no manifest.json or index.json, which docker save writes last (a"
              + " truncated archive?)");
    }
    throw new BadArchiveException(
        source,
        "it is not an image archive: it has neither manifest.json (docker save) nor index.json"
            + " (an OCI layout)");
  }

  private ImageContents classic() {
    JsonNode manifest = document("/manifest.json");
    if (!manifest.isArray() || manifest.isEmpty()) {
      throw new BadArchiveException(source, "its manifest.json lists no image");
    }
    if (manifest.size() > 1) {
      throw new BadArchiveException(
          source,
          "it holds "
              + manifest.size()
              + " images; save one image per archive (docker save IMAGE -o FILE)");
    }
    JsonNode image = manifest.get(0);
    String configPath = "/" + text(image, "Config", "manifest.json");
    List<String> layerPaths = new ArrayList<>();
    for (JsonNode layer : image.path("Layers")) {
      layerPaths.add("/" + layer.asString(""));
    }
    List<String> tags = new ArrayList<>();
    image.path("RepoTags").forEach(tag -> tags.add(tag.asString("")));
    String name = configPath.substring(configPath.lastIndexOf('/') + 1).replace(".json", "");
    return assemble("sha256:" + name, tags, configPath, layerPaths);
  }

  private ImageContents oci() {
    JsonNode index = document("/index.json");
    JsonNode manifest = manifestOf(index, 0);
    String configPath = blob(text(manifest.path("config"), "digest", "the image manifest"));
    List<String> layerPaths = new ArrayList<>();
    for (JsonNode layer : manifest.path("layers")) {
      layerPaths.add(blob(text(layer, "digest", "the image manifest")));
    }
    List<String> tags = new ArrayList<>();
    index
        .path("manifests")
        .forEach(
            m -> {
              String name = m.path("annotations").path("io.containerd.image.name").asString("");
              if (name.isEmpty()) {
                name = m.path("annotations").path("org.opencontainers.image.ref.name").asString("");
              }
              if (!name.isEmpty()) {
                tags.add(name);
              }
            });
    String digest = text(manifest.path("config"), "digest", "the image manifest");
    return assemble(digest, tags, configPath, layerPaths);
  }

  /** The image manifest an index points to, through nested indexes (multi-platform images). */
  private JsonNode manifestOf(JsonNode index, int depth) {
    JsonNode manifests = index.path("manifests");
    if (!manifests.isArray() || manifests.isEmpty()) {
      throw new BadArchiveException(source, "its index lists no image");
    }
    if (manifests.size() > 1 && depth == 0) {
      throw new BadArchiveException(
          source, "it holds " + manifests.size() + " images; copy one image per archive");
    }
    JsonNode chosen = manifests.get(0);
    for (JsonNode m : manifests) {
      if (m.path("platform").path("os").asString("").equals("linux")) {
        chosen = m;
        break;
      }
    }
    JsonNode next = document(blob(text(chosen, "digest", "index.json")));
    if (next.has("manifests")) {
      if (depth >= MAX_HOPS) {
        throw new BadArchiveException(source, "its indexes nest too deep");
      }
      return manifestOf(next, depth + 1);
    }
    return next;
  }

  private ImageContents assemble(
      String id, List<String> tags, String configPath, List<String> layerPaths) {
    JsonNode config = document(configPath);
    List<String> diffIds = new ArrayList<>();
    config.path("rootfs").path("diff_ids").forEach(d -> diffIds.add(d.asString("")));
    if (diffIds.size() != layerPaths.size()) {
      throw new BadArchiveException(
          source,
          "its manifest lists "
              + layerPaths.size()
              + " layers but the image's config has "
              + diffIds.size());
    }
    History history = new History(config.path("history"));
    List<ImageLayer> stack = new ArrayList<>();
    for (int i = 0; i < layerPaths.size(); i++) {
      stack.add(
          new ImageLayer(i, diffIds.get(i), history.nextLayerStep(), layer(layerPaths.get(i))));
    }
    return new ImageContents(id, tags, stack, history.emptySteps());
  }

  private LayerContents layer(String path) {
    String at = resolve(path);
    LayerContents layer = layers.get(at);
    if (layer == null) {
      throw new BadArchiveException(
          source, "the layer " + path + " its manifest lists is missing (a truncated archive?)");
    }
    return layer;
  }

  private JsonNode document(String path) {
    byte[] bytes = documents.get(resolve(path));
    if (bytes == null) {
      throw new BadArchiveException(
          source, "the document " + path + " is missing (a truncated archive?)");
    }
    try {
      return JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw new BadArchiveException(source, path + " is not valid JSON", e);
    }
  }

  private String resolve(String path) {
    String at = path;
    for (int hop = 0; hop < MAX_HOPS && links.containsKey(at); hop++) {
      at = links.get(at);
    }
    return at;
  }

  private String blob(String digest) {
    if (!digest.matches("sha256:[0-9a-f]{64}")) {
      throw new BadArchiveException(source, "'" + digest + "' is not a sha256 digest");
    }
    return "/blobs/sha256/" + digest.substring("sha256:".length());
  }

  private String text(JsonNode node, String field, String where) {
    String value = node.path(field).asString("");
    if (value.isEmpty()) {
      throw new BadArchiveException(source, where + " has no " + field);
    }
    return value;
  }

  /**
   * The history steps that made layers, in order, matched as dive matches them: the next step that
   * is not marked {@code empty_layer}, or {@code (missing)} when the history runs out (it is
   * optional in an image).
   */
  private static final class History {

    private final List<JsonNode> steps = new ArrayList<>();
    private int next;

    History(JsonNode history) {
      history.forEach(steps::add);
    }

    String nextLayerStep() {
      while (next < steps.size() && steps.get(next).path("empty_layer").asBoolean(false)) {
        next++;
      }
      if (next >= steps.size()) {
        return "(missing)";
      }
      return steps.get(next++).path("created_by").asString("(missing)");
    }

    int emptySteps() {
      return (int) steps.stream().filter(s -> s.path("empty_layer").asBoolean(false)).count();
    }
  }
}
