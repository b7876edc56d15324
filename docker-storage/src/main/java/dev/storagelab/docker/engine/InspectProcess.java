package dev.storagelab.docker.engine;

import dev.storagelab.docker.process.EnvVar;
import dev.storagelab.docker.process.Healthcheck;
import dev.storagelab.docker.process.PortSpec;
import dev.storagelab.docker.process.ProcessSpec;
import dev.storagelab.docker.process.ProcessValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How a live container's program runs, from its inspect document. The engine keeps the entrypoint
 * and command it runs, whether the image or the run line gave them, so both are carried over as
 * they are; its environment holds the image's variables too.
 */
final class InspectProcess {

  private InspectProcess() {}

  static ProcessSpec of(JsonNode container) {
    JsonNode config = container.path("Config");
    JsonNode host = container.path("HostConfig");
    ProcessSpec.Builder process = new ProcessSpec.Builder();
    process.containerName(container.path("Name").asString("").replaceFirst("^/", ""));
    List<String> entrypoint = words(config.path("Entrypoint"));
    if (!entrypoint.isEmpty()) {
      process.entrypoint(entrypoint);
    }
    process.command(words(config.path("Cmd")));
    for (JsonNode variable : config.path("Env")) {
      String text = variable.asString("");
      int equals = text.indexOf('=');
      if (equals > 0) {
        process.env(new EnvVar(text.substring(0, equals), text.substring(equals + 1)));
      }
    }
    text(config, "WorkingDir").ifPresent(process::workingDir);
    text(config, "User").ifPresent(process::user);
    process.readOnlyRoot(host.path("ReadonlyRootfs").asBoolean(false));
    host.path("CapAdd")
        .forEach(c -> process.capAdd(ProcessValues.capability(c.asString(""), "CapAdd")));
    host.path("CapDrop")
        .forEach(c -> process.capDrop(ProcessValues.capability(c.asString(""), "CapDrop")));
    process.privileged(host.path("Privileged").asBoolean(false));
    process.hostNetwork(host.path("NetworkMode").asString("").equals("host"));
    process.hostPid(host.path("PidMode").asString("").equals("host"));
    process.hostIpc(host.path("IpcMode").asString("").equals("host"));
    process.tty(config.path("Tty").asBoolean(false));
    process.stdin(config.path("OpenStdin").asBoolean(false));
    if (host.path("Memory").asLong(0) > 0) {
      process.memoryBytes(host.path("Memory").asLong());
    }
    if (host.path("NanoCpus").asLong(0) > 0) {
      process.nanoCpus(host.path("NanoCpus").asLong());
    }
    String restart = host.path("RestartPolicy").path("Name").asString("");
    if (!restart.isEmpty()) {
      int max = host.path("RestartPolicy").path("MaximumRetryCount").asInt(0);
      process.restart(restart.equals("on-failure") && max > 0 ? restart + ":" + max : restart);
    }
    ports(config, host, process);
    healthcheck(config.path("Healthcheck"), process);
    if (host.path("Init").asBoolean(false)) {
      process.note("--init: Kubernetes has no init field; use an image whose entrypoint is one.");
    }
    if (host.path("Devices").isArray() && !host.path("Devices").isEmpty()) {
      process.note("devices: a pod gets a host device through a device plugin; not carried over.");
    }
    if (host.path("Links").isArray() && !host.path("Links").isEmpty()) {
      process.note("links: reach the other workload through its Service by name.");
    }
    return process.build();
  }

  private static void ports(JsonNode config, JsonNode host, ProcessSpec.Builder process) {
    List<String> published = new ArrayList<>();
    host.path("PortBindings")
        .forEachEntry(
            (port, bindings) -> {
              String[] parts = port.split("/", 2);
              String protocol = parts.length == 2 ? parts[1] : "tcp";
              for (JsonNode binding : bindings) {
                String hostPort = binding.path("HostPort").asString("");
                process.port(
                    new PortSpec(
                        Integer.parseInt(parts[0]),
                        protocol,
                        binding.path("HostIp").asString(""),
                        hostPort.isEmpty() ? 0 : Integer.parseInt(hostPort)));
              }
              published.add(port);
            });
    config
        .path("ExposedPorts")
        .forEachEntry(
            (port, ignored) -> {
              if (!published.contains(port)) {
                String[] parts = port.split("/", 2);
                process.port(
                    new PortSpec(
                        Integer.parseInt(parts[0]), parts.length == 2 ? parts[1] : "tcp", "", -1));
              }
            });
  }

  private static void healthcheck(JsonNode check, ProcessSpec.Builder process) {
    List<String> test = words(check.path("Test"));
    if (test.isEmpty()) {
      return;
    }
    if (test.get(0).equals("NONE")) {
      process.healthcheckDisabled(true);
      return;
    }
    process.healthcheck(
        new Healthcheck(
            test,
            nanos(check.path("Interval"), Healthcheck.DEFAULT_INTERVAL),
            nanos(check.path("Timeout"), Healthcheck.DEFAULT_TIMEOUT),
            check.path("Retries").asInt(0) > 0
                ? check.path("Retries").asInt()
                : Healthcheck.DEFAULT_RETRIES,
            nanos(check.path("StartPeriod"), Duration.ZERO)));
  }

  private static Duration nanos(JsonNode value, Duration otherwise) {
    long nanos = value.asLong(0);
    return nanos > 0 ? Duration.ofNanos(nanos) : otherwise;
  }

  private static List<String> words(JsonNode node) {
    List<String> words = new ArrayList<>();
    node.forEach(word -> words.add(word.asString("")));
    return words;
  }

  private static java.util.Optional<String> text(JsonNode node, String key) {
    String text = node.path(key).asString("");
    return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
  }
}
