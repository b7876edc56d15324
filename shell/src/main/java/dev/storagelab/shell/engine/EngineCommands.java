package dev.storagelab.shell.engine;

import dev.storagelab.docker.engine.EngineStatus;
import dev.storagelab.docker.lesson.storage.EngineNotes;
import dev.storagelab.shell.ExitStatuses;
import dev.storagelab.shell.output.Json;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/** {@code engine ...}: what the Docker engine is and how its storage is set up. */
public class EngineCommands {

  private final EngineSession session;

  public EngineCommands(EngineSession session) {
    this.session = session;
  }

  /** {@code engine status [--json]}. */
  @Command(
      name = {"engine", "status"},
      group = "Engine",
      description = "Show the engine's version, storage driver, data root and volume plugins",
      help = "engine status [--json]",
      exitStatusExceptionMapper = ExitStatuses.BEAN)
  public String status(
      @Option(longName = "json", description = "print one JSON object (keys in docs/cli.md)")
          boolean json) {
    EngineStatus status = session.engine().status();
    return json ? Json.write(toJson(status)) : table(status, Style.forTerminal());
  }

  static String table(EngineStatus s, Style style) {
    EngineStatus.StorageDriver driver = s.storage();
    String table =
        Table.of("ENGINE", s.endpoint().host())
            .row("Reached through", s.endpoint().source())
            .row("Product", s.product().title())
            .row("Server version", s.serverVersion())
            .row("API version", s.apiVersion() + " (oldest accepted " + s.minApiVersion() + ")")
            .row("OS/arch", s.os() + "/" + s.arch())
            .row("Kernel", s.kernelVersion())
            .row("Storage driver", driver.name())
            .row("  backing filesystem", driver.backingFilesystem())
            .row("  supports d_type", driver.supportsDType())
            .row("Data root", s.dataRoot())
            .row("Image store", imageStore(s))
            .row("Volume plugins", String.join(", ", s.volumePlugins()))
            .row("Cgroup version", s.cgroupVersion() + " (" + s.cgroupDriver() + ")")
            .row("Rootless", s.rootless() ? "yes" : "no")
            .row("Images", s.counts().images())
            .row(
                "Containers",
                s.counts().containers() + " (" + s.counts().containersRunning() + " running)")
            .row("Volumes", s.counts().volumes())
            .render(style);
    StringBuilder out = new StringBuilder(table);
    List<String> notes = EngineNotes.of(s);
    if (!notes.isEmpty()) {
      out.append("\n\n").append(style.heading("What the lessons do differently here"));
      notes.forEach(note -> out.append("\n  - ").append(note));
    }
    return out.toString();
  }

  private static String imageStore(EngineStatus s) {
    return s.imageStore().equals("containerd")
        ? "containerd (snapshotter: layers are containerd snapshots)"
        : "graphdriver (classic: layers under " + s.dataRoot() + "/" + s.storage().name() + ")";
  }

  /** The JSON shape of {@code engine status --json}, documented in docs/cli.md. */
  static Map<String, Object> toJson(EngineStatus s) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("host", s.endpoint().host());
    endpoint.put("context", s.endpoint().context());
    endpoint.put("source", s.endpoint().source());
    endpoint.put("tlsVerify", s.endpoint().tlsVerify());
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", s.storage().name());
    driver.put("backingFilesystem", s.storage().backingFilesystem());
    driver.put("supportsDType", s.storage().supportsDType());
    driver.put("status", s.storage().status());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("endpoint", endpoint);
    json.put("serverVersion", s.serverVersion());
    json.put("apiVersion", s.apiVersion());
    json.put("minApiVersion", s.minApiVersion());
    json.put("os", s.os());
    json.put("arch", s.arch());
    json.put("kernelVersion", s.kernelVersion());
    json.put("storageDriver", driver);
    json.put("dataRoot", s.dataRoot());
    json.put("imageStore", s.imageStore());
    json.put("volumePlugins", s.volumePlugins());
    json.put("cgroupVersion", s.cgroupVersion());
    json.put("cgroupDriver", s.cgroupDriver());
    json.put("rootless", s.rootless());
    json.put("counts", s.counts());
    json.put("product", s.product().title());
    json.put("lessonNotes", EngineNotes.of(s));
    return json;
  }
}
