package dev.storagelab.shell.k8s;

import dev.storagelab.docker.input.UserPath;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.bridge.MappingRow;
import dev.storagelab.k8s.manifests.ManifestWriter;
import dev.storagelab.k8s.manifests.ManifestYaml;
import dev.storagelab.k8s.naming.KubeNames;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.OptionRecords;
import dev.storagelab.shell.OptionsFrom;
import dev.storagelab.shell.engine.EngineSession;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code k8s ...}: Docker volumes and bind mounts as Kubernetes storage objects. */
public class K8sCommands {

  private final EngineSession session;

  public K8sCommands(EngineSession session) {
    this.session = session;
  }

  /** {@code k8s generate (--container|--volume|--run|--compose) [options]}. */
  @Command(
      name = {"k8s", "generate"},
      group = "Kubernetes",
      description =
          "Write Kubernetes manifests for a container's, volume's, run line's or compose file's storage",
      help =
          "k8s generate (--container NAME | --volume NAME | --run \"<docker run line>\" | --compose FILE) [--out DIR] [--namespace NS] [--size Q] [--storage-class C] [--node N] [--kind pod|deployment|statefulset] [--dynamic] [--as-pv] [--force] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom({K8sSource.class, K8sMapping.class})
  public String generate(
      CommandContext context,
      @Option(longName = "out", description = "the folder to write to (default manifests/NAME/)")
          String out,
      @Option(longName = "force", description = "overwrite existing files") boolean force,
      @Option(longName = "json", description = "print the objects and mapping rows as JSON")
          boolean json) {
    Optional<Path> given = Optional.ofNullable(out).map(o -> UserPath.of("--out", o));
    BridgePlan plan = plan(context);
    Path dir = given.orElse(Path.of("manifests", KubeNames.label(plan.name())));
    List<Path> files = ManifestWriter.write(dir, plan, force);
    if (json) {
      Map<String, Object> document = json(plan);
      document.put("directory", dir.toAbsolutePath().toString());
      document.put("files", files.stream().map(p -> p.getFileName().toString()).toList());
      return Json.write(document);
    }
    Style style = Style.forTerminal();
    StringBuilder text =
        new StringBuilder(rows(plan, style))
            .append("\n\nWrote ")
            .append(files.size())
            .append(" file(s) to ")
            .append(dir)
            .append(":\n");
    files.forEach(f -> text.append("  ").append(f.getFileName()).append('\n'));
    text.append(notes(plan, style)).append("\nApply with: kubectl apply -f ").append(dir);
    return text.toString();
  }

  /** {@code k8s preview (--container|--volume|--run|--compose) [options]}. */
  @Command(
      name = {"k8s", "preview"},
      group = "Kubernetes",
      description =
          "Show the Docker mounts beside the Kubernetes objects they become, with the reasons and the YAML",
      help =
          "k8s preview (--container NAME | --volume NAME | --run \"<docker run line>\" | --compose FILE) [--namespace NS] [--size Q] [--storage-class C] [--node N] [--kind pod|deployment|statefulset] [--dynamic] [--as-pv] [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  @OptionsFrom({K8sSource.class, K8sMapping.class})
  public String preview(
      CommandContext context,
      @Option(longName = "json", description = "print the objects and mapping rows as JSON")
          boolean json) {
    BridgePlan plan = plan(context);
    if (json) {
      return Json.write(json(plan));
    }
    Style style = Style.forTerminal();
    StringBuilder text =
        new StringBuilder(rows(plan, style)).append('\n').append(notes(plan, style)).append('\n');
    plan.manifests().forEach(m -> text.append(ManifestYaml.write(m)));
    return text.toString().stripTrailing();
  }

  private BridgePlan plan(CommandContext context) {
    return OptionRecords.read(K8sSource.class, context)
        .read(session)
        .plan(OptionRecords.read(K8sMapping.class, context).options());
  }

  private static String rows(BridgePlan plan, Style style) {
    Table table = Table.of("WORKLOAD", "DOCKER MOUNT", "KUBERNETES");
    plan.rows().forEach(row -> table.row(row.workload(), row.dockerMount(), row.kubernetes()));
    StringBuilder out =
        new StringBuilder(table.render(style))
            .append("\n\n")
            .append(style.heading("Why"))
            .append('\n');
    for (MappingRow row : plan.rows()) {
      out.append("  ").append(row.dockerMount()).append("\n    ").append(row.reason()).append('\n');
    }
    if (!plan.settings().isEmpty()) {
      Table settings = Table.of("WORKLOAD", "DOCKER", "KUBERNETES");
      plan.settings().forEach(row -> settings.row(row.workload(), row.docker(), row.kubernetes()));
      out.append('\n').append(style.heading("How each program runs")).append('\n');
      out.append(settings.render(style)).append('\n');
    }
    out.append("\nPod Security level needed: ")
        .append(
            plan.podSecurityLevel().equals("privileged")
                ? style.warn(plan.podSecurityLevel())
                : plan.podSecurityLevel());
    return out.toString();
  }

  private static String notes(BridgePlan plan, Style style) {
    StringBuilder out = new StringBuilder();
    plan.notes().forEach(note -> out.append(style.warn("note: ")).append(note).append('\n'));
    return out.toString();
  }

  private static Map<String, Object> json(BridgePlan plan) {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("name", plan.name());
    document.put("podSecurityLevel", plan.podSecurityLevel());
    document.put("rows", plan.rows());
    document.put("settings", plan.settings());
    document.put(
        "objects",
        plan.manifests().stream()
            .map(Manifest::object)
            .map(o -> mapper.readTree(ManifestYaml.json(o)))
            .toList());
    document.put("notes", plan.notes());
    return document;
  }
}
