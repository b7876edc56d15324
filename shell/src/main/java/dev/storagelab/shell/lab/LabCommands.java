package dev.storagelab.shell.lab;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.image.BaseImage;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.CleanupReport;
import dev.storagelab.docker.lab.CourseNames;
import dev.storagelab.docker.lab.LabCleanup;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.shell.CheckFailedException;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.lesson.Learners;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code lab ...}: the objects storage-lab keeps on the engine. */
public class LabCommands {

  private final EngineSession session;
  private final Learners learners;

  public LabCommands(EngineSession session, Learners learners) {
    this.session = session;
    this.learners = learners;
  }

  /** {@code lab cleanup [--dry-run] [--json]}. */
  @Command(
      name = {"lab", "cleanup"},
      group = "Lab",
      description =
          "Remove every object storage-lab created for you on the engine, and nothing else",
      help = "lab cleanup [--dry-run] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public void cleanup(
      CommandContext context,
      @Option(longName = "dry-run", description = "list what would be removed, remove nothing")
          boolean dryRun,
      @Option(longName = "json", description = "print the objects as JSON") boolean json) {
    Engine engine = session.engine();
    LabCleanup cleanup = new LabCleanup(engine);
    remove(
        cleanup,
        cleanup.ownedBy(CourseNames.current(engine, learners.id())),
        dryRun,
        json,
        context.outputWriter());
  }

  /**
   * Removes the objects, or lists them with {@code dryRun}, and reports it: what {@code lab
   * cleanup} and {@code class cleanup} print.
   *
   * @throws CheckFailedException when an object could not be removed
   */
  public static void remove(
      LabCleanup cleanup, List<EngineObject> owned, boolean dryRun, boolean json, PrintWriter out) {
    if (dryRun) {
      out.println(
          json ? Json.write(Map.of("wouldRemove", rows(owned))) : table(owned, "Would remove"));
      return;
    }
    CleanupReport report = cleanup.remove(owned);
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("removed", rows(report.removed()));
      result.put("kept", report.kept());
      result.put("failed", report.failed());
      out.println(Json.write(result));
    } else {
      out.println(table(report.removed(), "Removed"));
      report
          .kept()
          .forEach(
              k ->
                  out.println(
                      "left "
                          + describe(k.object())
                          + ": something storage-lab did not make uses it ("
                          + k.reason()
                          + ")"));
      report
          .failed()
          .forEach(
              f -> out.println("could not remove " + describe(f.object()) + ": " + f.reason()));
    }
    out.flush();
    if (!report.failed().isEmpty()) {
      throw new CheckFailedException(report.failed().size() + " object(s) could not be removed");
    }
  }

  /** {@code lab base-image [--json]}. */
  @Command(
      name = {"lab", "base-image"},
      group = "Lab",
      description = "Find or make the busybox base image the lessons build on, and say how",
      help = "lab base-image [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String baseImage(
      CommandContext context,
      @Option(longName = "json", description = "print the result as JSON") boolean json) {
    PrintWriter out = context.outputWriter();
    BaseImage image =
        BaseImageResolver.standard(session.engine())
            .resolve(
                line -> {
                  if (!json && !line.isBlank()) {
                    out.println(Style.forTerminal().dim(line.stripTrailing()));
                    out.flush();
                  }
                });
    if (json) {
      return Json.write(image);
    }
    return image.reference()
        + "  ("
        + image.origin().name().toLowerCase()
        + ": "
        + image.detail()
        + ")";
  }

  private static String table(List<EngineObject> objects, String verb) {
    if (objects.isEmpty()) {
      return "Nothing to remove: the engine holds no object labelled "
          + Ownership.MANAGED
          + "=true to remove.";
    }
    Table table = Table.of("KIND", "NAME", "LESSON", "LEARNER", "RUN");
    objects.forEach(
        o ->
            table.row(
                o.kind().word(),
                o.displayName(),
                o.labels().get(Ownership.LESSON),
                o.labels().getOrDefault(Ownership.LEARNER, "(shared)"),
                o.labels().get(Ownership.RUN)));
    return table.render(Style.forTerminal()) + "\n" + verb + " " + objects.size() + " object(s).";
  }

  private static List<Map<String, String>> rows(List<EngineObject> objects) {
    return objects.stream().map(LabCommands::row).toList();
  }

  private static Map<String, String> row(EngineObject object) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("kind", object.kind().word());
    row.put("id", object.id());
    row.put("name", object.displayName());
    row.put("lesson", object.labels().getOrDefault(Ownership.LESSON, ""));
    row.put("run", object.labels().getOrDefault(Ownership.RUN, ""));
    row.put("learner", object.labels().getOrDefault(Ownership.LEARNER, ""));
    return row;
  }

  private static String describe(EngineObject object) {
    return object.kind().word() + " " + object.displayName();
  }
}
