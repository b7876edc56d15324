package dev.storagelab.docker.layers;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.HistoryEntry;
import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.input.Sha256;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An image as a stack: its base's layers, then its own build steps in order, each either a
 * filesystem layer (with its digest) or metadata only.
 */
public final class LayerStack {

  private static final Set<String> INSTRUCTIONS =
      Set.of(
          "RUN",
          "COPY",
          "ADD",
          "EXPOSE",
          "CMD",
          "ENTRYPOINT",
          "ENV",
          "LABEL",
          "WORKDIR",
          "USER",
          "VOLUME",
          "ARG",
          "ONBUILD",
          "STOPSIGNAL",
          "HEALTHCHECK",
          "SHELL",
          "MAINTAINER");
  private static final Set<String> LAYER_MAKERS = Set.of("RUN", "COPY", "ADD");

  /**
   * One build step that made a filesystem layer.
   *
   * @param keyword {@code RUN}, {@code COPY} or {@code ADD}
   * @param instruction the instruction as the builder recorded it
   * @param sizeBytes the layer's size
   * @param layer the layer's digest
   */
  public record LayerStep(String keyword, String instruction, long sizeBytes, String layer) {}

  private final String image;
  private final String base;
  private final long baseSize;
  private final int baseLayers;
  private final List<HistoryEntry> own;
  private final List<String> stepIds;
  private final List<LayerStep> layerSteps;

  private LayerStack(
      String image,
      String base,
      long baseSize,
      int baseLayers,
      List<HistoryEntry> own,
      List<String> stepIds,
      List<LayerStep> layerSteps) {
    this.image = image;
    this.base = base;
    this.baseSize = baseSize;
    this.baseLayers = baseLayers;
    this.own = List.copyOf(own);
    this.stepIds = List.copyOf(stepIds);
    this.layerSteps = List.copyOf(layerSteps);
  }

  /**
   * Reads an image built on a known base.
   *
   * @throws ObjectNotFoundException when either image is missing
   */
  public static LayerStack of(Engine engine, String image, String base) {
    ImageSummary top = find(engine, image);
    ImageSummary bottom = find(engine, base);
    List<HistoryEntry> history = new ArrayList<>(engine.history(image));
    int baseSteps = engine.history(base).size();
    List<HistoryEntry> own = new ArrayList<>(history.subList(0, history.size() - baseSteps));
    java.util.Collections.reverse(own);
    List<String> ownLayers = top.layers().subList(bottom.layers().size(), top.layers().size());
    List<String> chain = chainIds(top.layers());
    List<LayerStep> steps = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int next = 0;
    for (HistoryEntry entry : own) {
      String keyword = keyword(entry);
      if (LAYER_MAKERS.contains(keyword) && next < ownLayers.size()) {
        steps.add(
            new LayerStep(keyword, entry.createdBy(), entry.sizeBytes(), ownLayers.get(next++)));
      }
      int below = bottom.layers().size() + next;
      ids.add(keptImage(entry) ? entry.id() : below == 0 ? "" : chain.get(below - 1));
    }
    return new LayerStack(image, base, bottom.sizeBytes(), bottom.layers().size(), own, ids, steps);
  }

  /** Whether the builder kept an image for the step: the legacy builder does, BuildKit not. */
  private static boolean keptImage(HistoryEntry entry) {
    return !entry.id().isEmpty() && !entry.id().equals("<missing>");
  }

  /**
   * The chain ID of each layer in a stack, bottom first: the ID under which the engine's layer
   * store keeps that layer on top of all below it. The first is the layer's own digest; each next
   * is the SHA-256 of the one below, a space, and its digest (the OCI image specification's rule).
   */
  public static List<String> chainIds(List<String> diffIds) {
    List<String> chain = new ArrayList<>();
    for (String diffId : diffIds) {
      chain.add(
          chain.isEmpty()
              ? diffId
              : "sha256:" + Sha256.hex(chain.get(chain.size() - 1) + " " + diffId));
    }
    return chain;
  }

  /** The Dockerfile keyword a history entry records. */
  public static String keyword(HistoryEntry entry) {
    return keyword(entry.createdBy());
  }

  /** The Dockerfile keyword of an instruction as the builder recorded it ({@code created_by}). */
  public static String keyword(String createdBy) {
    String text = createdBy.strip();
    int nop = text.indexOf("#(nop)");
    if (nop >= 0) {
      text = text.substring(nop + "#(nop)".length()).strip();
    }
    String first = text.isEmpty() ? "" : text.split("\\s+")[0].toUpperCase(Locale.ROOT);
    return INSTRUCTIONS.contains(first) ? first : "RUN";
  }

  /** The image's own build steps in order, oldest first. */
  public List<HistoryEntry> ownSteps() {
    return own;
  }

  /**
   * Each own step's identity, oldest first: the image the builder kept for it (the legacy builder
   * keeps one per step), or else the chain ID of the layers up to it (BuildKit keeps no image per
   * step). Either is what a builder's cache keys a step on: the step and everything below it. A
   * step taken from the cache keeps its identity; a step built anew gets a new one.
   */
  public List<String> stepIds() {
    return stepIds;
  }

  /** Whether {@link #stepIds()} are the images the builder kept for each step. */
  public boolean keepsStepImages() {
    return own.stream().allMatch(LayerStack::keptImage);
  }

  /**
   * The keywords of the image's own steps, without the labels the builder appends for {@code docker
   * build --label} (storage-lab's ownership labels).
   */
  public List<String> ownKeywords() {
    List<String> keywords = new ArrayList<>();
    for (HistoryEntry entry : own) {
      if (!(keyword(entry).equals("LABEL") && entry.createdBy().contains("dev.storagelab."))) {
        keywords.add(keyword(entry));
      }
    }
    return keywords;
  }

  /** The steps that made filesystem layers, oldest first, each with its layer's digest. */
  public List<LayerStep> layerSteps() {
    return layerSteps;
  }

  /** The steps that made no layer. */
  public List<HistoryEntry> metadataSteps() {
    return own.stream().filter(e -> !LAYER_MAKERS.contains(keyword(e))).toList();
  }

  /** How many layers the base has. */
  public int baseLayerCount() {
    return baseLayers;
  }

  /** The base image's size. */
  public long baseSizeBytes() {
    return baseSize;
  }

  /** The stack with no container on top. */
  public String render(List<Mount> mounts) {
    return render(Optional.empty(), mounts);
  }

  /**
   * The stack as a terminal diagram: the writable layer (if a container is given) over the image's
   * read-only layers, newest first, over the base; mounts listed beside it.
   *
   * @param writable the container's writable layer directory on the host, if shown
   * @param mounts the container's mounts
   */
  public String render(Optional<String> writable, List<Mount> mounts) {
    List<String> rows = new ArrayList<>();
    writable.ifPresent(dir -> rows.add("writable container layer (rw)  " + abbreviateIds(dir)));
    if (writable.isPresent()) {
      rows.add("-");
    }
    for (int i = layerSteps.size() - 1; i >= 0; i--) {
      LayerStep step = layerSteps.get(i);
      rows.add(
          String.format(
              "%-6s %-28s %10s  %s (ro)",
              step.keyword(),
              summary(step.instruction()),
              ByteSize.of(step.sizeBytes()),
              shortDigest(step.layer())));
    }
    rows.add("-");
    rows.add(
        String.format(
            "base   %-28s %10s  %d layer(s) (ro)", base, ByteSize.of(baseSize), baseLayers));
    int width = rows.stream().mapToInt(String::length).max().orElse(20) + 2;
    StringBuilder out = new StringBuilder("  " + image + "\n");
    out.append("  ┌").append("─".repeat(width)).append("┐\n");
    for (String row : rows) {
      if (row.equals("-")) {
        out.append("  ├").append("─".repeat(width)).append("┤\n");
      } else {
        out.append("  │ ").append(row).append(" ".repeat(width - row.length() - 1)).append("│\n");
      }
    }
    out.append("  └").append("─".repeat(width)).append("┘\n");
    if (!mounts.isEmpty()) {
      out.append("  mounted beside the stack, not part of it:\n");
      for (Mount mount : mounts) {
        out.append(String.format("    %-12s ◄ %s%n", mount.target(), beside(mount)));
      }
    }
    return out.toString().stripTrailing();
  }

  private static String beside(Mount mount) {
    if (mount instanceof VolumeMount v) {
      return "volume "
          + v.name().orElse("(anonymous)")
          + v.state().map(s -> "   " + s.mountpoint()).orElse("");
    }
    if (mount instanceof BindMount b) {
      return "bind   " + b.source();
    }
    return "tmpfs  (memory)";
  }

  private static String summary(String instruction) {
    String text = instruction.replace("/bin/sh -c #(nop)", "").replace("/bin/sh -c", "").strip();
    text = text.replaceFirst("^(COPY|ADD)\\s+\\S+:\\S+\\s+in\\s+", "→ ");
    return text.length() > 28 ? text.substring(0, 27) + "…" : text;
  }

  /** A path with its 64-hex IDs cut to 12 characters, as docker shows IDs. */
  public static String abbreviateIds(String path) {
    return path.replaceAll("([0-9a-f]{12})[0-9a-f]{52}", "$1…");
  }

  private static String shortDigest(String digest) {
    return digest.length() > 19 ? digest.substring(0, 19) : digest;
  }

  private static ImageSummary find(Engine engine, String reference) {
    return engine
        .findImage(reference)
        .orElseThrow(() -> new ObjectNotFoundException("No such image: " + reference, null));
  }
}
