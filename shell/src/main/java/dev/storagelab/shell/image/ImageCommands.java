package dev.storagelab.shell.image;

import dev.storagelab.docker.engine.ObjectNames;
import dev.storagelab.docker.layers.ByteSize;
import dev.storagelab.docker.layers.ContainerLayer;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.LayerReport;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code image ...} and {@code container changes}: what is inside each layer of an image, and in a
 * container's writable layer, as dive shows it, from the real engine or a saved archive.
 */
public class ImageCommands {

  private static final String LAYERS_USAGE = "image layers IMAGE|--archive FILE [--json]";
  private static final String FILES_USAGE =
      "image files IMAGE|--archive FILE [--layer N] [--changes] [--path PREFIX] [--json]";

  private final EngineSession session;

  public ImageCommands(EngineSession session) {
    this.session = session;
  }

  /** {@code image layers IMAGE|--archive FILE [--json]}. */
  @Command(
      name = {"image", "layers"},
      group = "Images",
      description =
          "Every layer of an image: the step that made it, its size, what it added, modified and"
              + " removed, and the bytes it wastes",
      help = LAYERS_USAGE,
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void layers(
      CommandContext context,
      @Arguments List<String> names,
      @Option(longName = "archive", description = "read a docker save or OCI archive instead")
          String archive,
      @Option(longName = "json", description = "print one JSON object (keys in docs/cli.md)")
          boolean json) {
    PrintWriter out = context.outputWriter();
    Style style = Style.forTerminal();
    ImageInside inside =
        ImageSource.read(
            session, names, archive, LAYERS_USAGE, ImageSource.progress(out, style, json));
    String title = ImageSource.title(inside, names);
    out.println(
        json
            ? Json.write(LayersView.json(inside, title))
            : clear(style) + LayersView.text(inside, title, style));
  }

  /** {@code image files IMAGE|--archive FILE [--layer N] [--changes] [--path PREFIX] [--json]}. */
  @Command(
      name = {"image", "files"},
      group = "Images",
      description =
          "The file tree at a layer (all layers below stacked), or only what that layer changed",
      help = FILES_USAGE,
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void files(
      CommandContext context,
      @Arguments List<String> names,
      @Option(longName = "archive", description = "read a docker save or OCI archive instead")
          String archive,
      @Option(
              longName = "layer",
              description = "the layer, from 0 at the bottom; the top if absent")
          String layer,
      @Option(longName = "changes", description = "only what the layer added, modified, removed")
          boolean changes,
      @Option(longName = "path", description = "only the paths under this one") String path,
      @Option(longName = "json", description = "print one JSON object (keys in docs/cli.md)")
          boolean json) {
    PrintWriter out = context.outputWriter();
    Style style = Style.forTerminal();
    ImageInside inside =
        ImageSource.read(
            session, names, archive, FILES_USAGE, ImageSource.progress(out, style, json));
    int index = layer == null || layer.isBlank() ? inside.layers().size() - 1 : number(layer);
    LayerReport report = inside.layer(index);
    List<TreeRow> rows = FilesView.imageFiles(inside, index, changes, path);
    String title = ImageSource.title(inside, names);
    if (json) {
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("image", title);
      shape.put("id", inside.image().id());
      shape.put("layer", index);
      shape.put("digest", report.layer().digest());
      shape.put("instruction", report.layer().instruction());
      shape.put("changesOnly", changes);
      shape.put("path", path == null || path.isBlank() ? null : path);
      shape.put("entries", rows.stream().map(FilesView::json).toList());
      out.println(Json.write(shape));
      return;
    }
    String heading =
        title
            + "  layer "
            + index
            + " of 0-"
            + (inside.layers().size() - 1)
            + "  "
            + LayersView.instruction(report.layer().instruction());
    String what =
        changes
            ? "What this layer changed (A added, C modified, D removed):"
            : "The files with layers 0-"
                + index
                + " stacked (A, C, D: what layer "
                + index
                + " did):";
    String tree = rows.isEmpty() ? style.dim("(nothing here)") : TreeText.render(rows, style);
    out.println(clear(style) + style.heading(heading) + "\n" + what + "\n\n" + tree);
  }

  /** {@code container changes CONTAINER [--json]}. */
  @Command(
      name = {"container", "changes"},
      group = "Images",
      description =
          "A container's writable layer: what it added, modified and removed, with sizes (docker"
              + " diff, and more)",
      help = "container changes CONTAINER [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String containerChanges(
      @Arguments List<String> names,
      @Option(longName = "json", description = "print one JSON object (keys in docs/cli.md)")
          boolean json) {
    if (names == null || names.size() != 1) {
      throw new UsageException("Usage: container changes CONTAINER [--json]");
    }
    String name = ObjectNames.container(names.get(0));
    ContainerLayer layer = ContainerLayer.of(session.engine(), name);
    List<TreeRow> rows = FilesView.containerChanges(layer);
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("container", name);
      out.put("sizeBytes", layer.sizeBytes().isPresent() ? layer.sizeBytes().getAsLong() : null);
      out.put("changes", rows.stream().map(FilesView::json).toList());
      return Json.write(out);
    }
    Style style = Style.forTerminal();
    String size =
        layer.sizeBytes().isPresent()
            ? ByteSize.of(layer.sizeBytes().getAsLong()) + " on disk (docker ps --size)"
            : "size not reported by this engine";
    String tree =
        rows.isEmpty()
            ? style.dim("(no changes: the container has written nothing)")
            : TreeText.render(rows, style);
    return style.heading(name + "  writable layer, " + size)
        + "\nA added, C modified, D removed, against the image:\n\n"
        + tree;
  }

  private static String clear(Style style) {
    return style.isTerminal() ? style.clearLine() : "";
  }

  private static int number(String layer) {
    try {
      return Integer.parseInt(layer.strip());
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--layer takes a layer's number, from 0 at the bottom (image layers IMAGE lists them),"
              + " not '"
              + layer
              + "'");
    }
  }
}
