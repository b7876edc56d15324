package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.ShellWords;
import dev.storagelab.docker.process.EnvVar;
import dev.storagelab.docker.process.Healthcheck;
import dev.storagelab.docker.process.ProcessSpec;
import dev.storagelab.docker.process.ProcessValues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How a compose service's program runs, read from its keys as {@code docker compose} reads them:
 * entrypoint and command, environment (its {@code env_file}s first, then {@code environment}),
 * user, ports, healthcheck, limits, and the keys Kubernetes has no field for, as notes.
 */
final class ComposeProcess {

  private final ComposeValues values;
  private final Interpolation interpolation;
  private final Path dir;

  ComposeProcess(ComposeValues values, Interpolation interpolation, Path dir) {
    this.values = values;
    this.interpolation = interpolation;
    this.dir = dir;
  }

  ProcessSpec of(JsonNode service, String where) {
    ProcessSpec.Builder process = new ProcessSpec.Builder();
    text(service, "container_name", where).ifPresent(process::containerName);
    if (!ComposeValues.absent(service.path("entrypoint"))) {
      process.entrypoint(words(service.path("entrypoint"), where + ".entrypoint"));
    }
    process.command(words(service.path("command"), where + ".command"));
    environment(service, where, process);
    text(service, "working_dir", where).ifPresent(process::workingDir);
    text(service, "user", where)
        .ifPresent(user -> process.user(ProcessValues.user(user, where + ".user")));
    process.readOnlyRoot(values.bool(service.path("read_only"), where + ".read_only"));
    for (JsonNode cap : values.sequence(service.path("cap_add"), where + ".cap_add")) {
      process.capAdd(ProcessValues.capability(values.text(cap, where), where + ".cap_add"));
    }
    for (JsonNode cap : values.sequence(service.path("cap_drop"), where + ".cap_drop")) {
      process.capDrop(ProcessValues.capability(values.text(cap, where), where + ".cap_drop"));
    }
    process.privileged(values.bool(service.path("privileged"), where + ".privileged"));
    text(service, "network_mode", where)
        .ifPresent(
            mode -> {
              if (mode.equals("host")) {
                process.hostNetwork(true);
              } else if (!mode.equals("bridge") && !mode.equals("none")) {
                process.note(
                    where
                        + ".network_mode "
                        + mode
                        + ": pods share one network; not carried over.");
              }
            });
    text(service, "pid", where).filter("host"::equals).ifPresent(p -> process.hostPid(true));
    text(service, "ipc", where).filter("host"::equals).ifPresent(p -> process.hostIpc(true));
    text(service, "hostname", where).ifPresent(process::hostname);
    process.tty(values.bool(service.path("tty"), where + ".tty"));
    process.stdin(values.bool(service.path("stdin_open"), where + ".stdin_open"));
    text(service, "restart", where)
        .ifPresent(policy -> process.restart(ProcessValues.restart(policy, where + ".restart")));
    limits(service, where, process);
    ports(service, where, process);
    healthcheck(service.path("healthcheck"), where + ".healthcheck", process);
    notes(service, where, process);
    return process.build();
  }

  /**
   * {@code env_file}s in order (compose's dotenv format: quotes dropped), then {@code environment}
   * over them, as compose merges them.
   */
  private void environment(JsonNode service, String where, ProcessSpec.Builder process) {
    JsonNode files = service.path("env_file");
    List<JsonNode> paths =
        files.isArray() ? values.sequence(files, where + ".env_file") : List.of(files);
    for (JsonNode path : paths) {
      if (!ComposeValues.absent(path)) {
        String file = values.text(path.isObject() ? path.path("path") : path, where + ".env_file");
        DotEnv.variables(dir.resolve(file)).forEach(process::env);
      }
    }
    JsonNode environment = service.path("environment");
    if (environment.isArray()) {
      for (JsonNode item : values.sequence(environment, where + ".environment")) {
        ProcessValues.assignment(
                values.text(item, where + ".environment"),
                interpolation.variables(),
                where + ".environment")
            .forEach(process::env);
      }
    } else {
      values
          .mapping(environment, where + ".environment")
          .forEachEntry(
              (name, value) -> {
                if (ComposeValues.absent(value)) {
                  String inherited = interpolation.variables().get(name);
                  if (inherited != null) {
                    process.env(new EnvVar(name, inherited));
                  }
                } else {
                  process.env(new EnvVar(name, values.text(value, where + ".environment." + name)));
                }
              });
    }
  }

  private void limits(JsonNode service, String where, ProcessSpec.Builder process) {
    JsonNode limits = service.path("deploy").path("resources").path("limits");
    String memory = values.text(limits.path("memory"), where + ".deploy.resources.limits.memory");
    if (memory.isEmpty()) {
      memory = values.text(service.path("mem_limit"), where + ".mem_limit");
    }
    if (!memory.isEmpty()) {
      process.memoryBytes(ProcessValues.memory(memory, where + ".mem_limit"));
    }
    String cpus = values.text(limits.path("cpus"), where + ".deploy.resources.limits.cpus");
    if (cpus.isEmpty()) {
      cpus = values.text(service.path("cpus"), where + ".cpus");
    }
    if (!cpus.isEmpty()) {
      process.nanoCpus(ProcessValues.cpus(cpus, where + ".cpus"));
    }
  }

  private void ports(JsonNode service, String where, ProcessSpec.Builder process) {
    int index = 0;
    for (JsonNode port : values.sequence(service.path("ports"), where + ".ports")) {
      String at = where + ".ports[" + index++ + "]";
      if (port.isObject()) {
        String target = values.text(port.path("target"), at + ".target");
        String published = values.text(port.path("published"), at + ".published");
        String ip = values.text(port.path("host_ip"), at + ".host_ip");
        String protocol = values.text(port.path("protocol"), at + ".protocol");
        String spec =
            (ip.isEmpty() ? "" : ip + ":")
                + (published.isEmpty() ? "" : published + ":")
                + target
                + (protocol.isEmpty() ? "" : "/" + protocol);
        process.port(ProcessValues.published(spec, at));
      } else {
        process.port(ProcessValues.published(values.text(port, at), at));
      }
    }
    for (JsonNode port : values.sequence(service.path("expose"), where + ".expose")) {
      process.port(ProcessValues.exposed(values.text(port, where + ".expose"), where + ".expose"));
    }
  }

  private void healthcheck(JsonNode check, String where, ProcessSpec.Builder process) {
    if (ComposeValues.absent(check)) {
      return;
    }
    if (values.bool(check.path("disable"), where + ".disable")) {
      process.healthcheckDisabled(true);
      return;
    }
    JsonNode test = check.path("test");
    List<String> words =
        test.isArray()
            ? values.sequence(test, where + ".test").stream()
                .map(w -> values.text(w, where + ".test"))
                .toList()
            : List.of("CMD-SHELL", values.text(test, where + ".test"));
    if (!words.isEmpty() && words.get(0).equals("NONE")) {
      process.healthcheckDisabled(true);
      return;
    }
    if (words.size() < 2 || !List.of("CMD", "CMD-SHELL").contains(words.get(0))) {
      throw new InputException(
          where + ".test must be a command line, or a list starting with CMD, CMD-SHELL or NONE.",
          test.toString());
    }
    process.healthcheck(
        new Healthcheck(
            words,
            duration(check, "interval", where, Healthcheck.DEFAULT_INTERVAL),
            duration(check, "timeout", where, Healthcheck.DEFAULT_TIMEOUT),
            check.path("retries").isMissingNode()
                ? Healthcheck.DEFAULT_RETRIES
                : ProcessValues.retries(
                    values.text(check.path("retries"), where + ".retries"), where + ".retries"),
            duration(check, "start_period", where, Duration.ZERO)));
  }

  private Duration duration(JsonNode check, String key, String where, Duration otherwise) {
    String text = values.text(check.path(key), where + "." + key);
    return text.isEmpty() ? otherwise : ProcessValues.duration(text, where + "." + key);
  }

  private void notes(JsonNode service, String where, ProcessSpec.Builder process) {
    Map<String, String> nearest =
        Map.of(
            "depends_on",
            "Kubernetes starts pods in no order: make the program wait for what it needs (an"
                + " init container, or a readiness probe on the other side).",
            "links",
            "Kubernetes has no links: reach the other workload through its Service by name.",
            "init",
            "no init field: use an image whose entrypoint is an init (tini), or"
                + " shareProcessNamespace.",
            "devices",
            "a pod gets a host device through a device plugin; nothing is carried over.",
            "extra_hosts",
            "the pod's hostAliases say the same; not carried over.");
    nearest.keySet().stream()
        .sorted()
        .filter(key -> !ComposeValues.absent(service.path(key)))
        .forEach(key -> process.note(where + "." + key + ": " + nearest.get(key)));
    JsonNode networks = service.path("networks");
    if (!ComposeValues.absent(networks)) {
      process.note(
          where
              + ".networks: pods share one flat network and reach each other through Services;"
              + " a NetworkPolicy can keep workloads apart.");
    }
  }

  private java.util.Optional<String> text(JsonNode service, String key, String where) {
    String text = values.text(service.path(key), where + "." + key);
    return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
  }

  /** A command or entrypoint: a list of words, or a line split as a shell splits it. */
  private List<String> words(JsonNode node, String where) {
    if (node.isArray()) {
      return values.sequence(node, where).stream().map(word -> values.text(word, where)).toList();
    }
    String line = values.text(node, where).trim();
    return line.isEmpty() ? List.of() : ShellWords.split(line);
  }
}
