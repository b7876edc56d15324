package dev.storagelab.shell.image;

import dev.storagelab.docker.layers.ByteSize;
import dev.storagelab.docker.layers.Efficiency;
import dev.storagelab.docker.layers.ImageInside;
import dev.storagelab.docker.layers.LayerReport;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code image layers}: the layers as a table, then the image's size, waste and efficiency. */
final class LayersView {

  /** How many wasteful paths the table shows; {@code --json} lists them all. */
  private static final int WASTERS_SHOWN = 10;

  private LayersView() {}

  static String text(ImageInside inside, String title, Style style) {
    Table table = Table.of("#", "SIZE", "ADDED", "MODIFIED", "REMOVED", "DIGEST", "MADE BY");
    for (LayerReport report : inside.layers()) {
      table.row(
          report.layer().index(),
          ByteSize.of(report.layer().contents().size()),
          report.added(),
          report.modified(),
          report.removed(),
          ImageSource.shortId(report.layer().digest()),
          instruction(report.layer().instruction()));
    }
    Efficiency efficiency = inside.efficiency();
    StringBuilder out = new StringBuilder();
    out.append(style.heading(title))
        .append("  ")
        .append(ImageSource.shortId(inside.image().id()))
        .append("  ")
        .append(inside.layers().size())
        .append(" layers\n\n")
        .append(table.render(style))
        .append("\n\n");
    out.append(
        Table.of("IMAGE", "")
            .row("Total size", ByteSize.of(inside.sizeBytes()))
            .row("Above the base layer", ByteSize.of(efficiency.userSizeBytes()))
            .row(
                "Wasted",
                ByteSize.of(efficiency.wastedBytes())
                    + " ("
                    + percent(efficiency.wastedUserShare())
                    + " of the layers above the base)")
            .row("Efficiency", percent(efficiency.score()) + " (dive's score)")
            .row("Steps with no layer", inside.image().emptySteps() + " (ENV, CMD, EXPOSE...)")
            .render(style));
    List<Efficiency.Waste> wasters = efficiency.wasters();
    if (wasters.isEmpty()) {
      out.append("\n\n").append(style.pass("No file is stored twice or deleted in a later layer."));
    } else {
      Table waste = Table.of("COPIES", "BYTES", "PATH");
      wasters.stream()
          .limit(WASTERS_SHOWN)
          .forEach(w -> waste.row(w.copies(), ByteSize.of(w.bytes()), w.path()));
      out.append("\n\n")
          .append(style.warn("Files that waste the most"))
          .append(" (stored in several layers, or deleted above)\n")
          .append(waste.render(style));
      if (wasters.size() > WASTERS_SHOWN) {
        out.append("\n... and ").append(wasters.size() - WASTERS_SHOWN).append(" more (--json)");
      }
    }
    return out.toString();
  }

  /** The shape of {@code image layers --json}, documented in docs/cli.md. */
  static Map<String, Object> json(ImageInside inside, String title) {
    Efficiency efficiency = inside.efficiency();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("image", title);
    out.put("id", inside.image().id());
    out.put("tags", inside.image().tags());
    out.put(
        "layers",
        inside.layers().stream()
            .map(
                r -> {
                  Map<String, Object> layer = new LinkedHashMap<>();
                  layer.put("index", r.layer().index());
                  layer.put("digest", r.layer().digest());
                  layer.put("instruction", r.layer().instruction());
                  layer.put("sizeBytes", r.layer().contents().size());
                  layer.put("added", r.added());
                  layer.put("modified", r.modified());
                  layer.put("removed", r.removed());
                  return layer;
                })
            .toList());
    out.put("emptySteps", inside.image().emptySteps());
    out.put("sizeBytes", inside.sizeBytes());
    out.put("userSizeBytes", efficiency.userSizeBytes());
    out.put("wastedBytes", efficiency.wastedBytes());
    out.put("wastedUserShare", efficiency.wastedUserShare());
    out.put("efficiency", efficiency.score());
    out.put(
        "wasters",
        efficiency.wasters().stream()
            .map(
                w -> {
                  Map<String, Object> waste = new LinkedHashMap<>();
                  waste.put("path", w.path());
                  waste.put("copies", w.copies());
                  waste.put("bytes", w.bytes());
                  return waste;
                })
            .toList());
    return out;
  }

  /** The instruction as a Dockerfile says it: without the shell prefix the builder recorded. */
  static String instruction(String createdBy) {
    String text = createdBy.replace("/bin/sh -c #(nop) ", "").strip();
    if (text.startsWith("/bin/sh -c ")) {
      text = "RUN " + text.substring("/bin/sh -c ".length());
    }
    text = text.replace(" # buildkit", "");
    return text.length() > 60 ? text.substring(0, 59) + "…" : text;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}
