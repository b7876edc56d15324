package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.process.EnvVar;
import dev.storagelab.docker.process.Healthcheck;
import dev.storagelab.docker.process.PortSpec;
import dev.storagelab.docker.process.ProcessSpec;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a workload's program runs, carried over: entrypoint and command with Docker's rules, the
 * environment (credentials by reference to a Secret, never by value), user, read-only root,
 * capabilities, host namespaces, limits, restart, healthcheck as probes, and ports as container
 * ports and a Service. One row per setting says what it became and why.
 */
final class ProcessMapper {

  /** Capabilities the Pod Security Standard's baseline level lets a container add. */
  private static final Set<String> BASELINE_CAPABILITIES =
      Set.of(
          "AUDIT_WRITE",
          "CHOWN",
          "DAC_OVERRIDE",
          "FOWNER",
          "FSETID",
          "KILL",
          "MKNOD",
          "NET_BIND_SERVICE",
          "SETFCAP",
          "SETGID",
          "SETPCAP",
          "SETUID",
          "SYS_CHROOT");

  private final String name;
  private final String namespace;
  private final Workload workload;
  private final ProcessSpec process;
  private final BridgeOptions.WorkloadKind kind;
  private final List<SettingRow> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> privilegedBecause = new ArrayList<>();

  ProcessMapper(String name, Workload workload, BridgeOptions options) {
    this.name = name;
    this.namespace = options.namespace();
    this.workload = workload;
    this.process = workload.process();
    this.kind = options.kind();
  }

  /** Sets the container's fields. */
  void container(ContainerBuilder container) {
    command(container);
    environment(container);
    process
        .workingDir()
        .ifPresent(
            dir -> {
              container.withWorkingDir(dir);
              row("workdir " + dir, "workingDir: " + dir, "the same working directory");
            });
    container.withSecurityContext(securityContext());
    ports(container);
    probes(container);
    resources(container);
    if (process.tty()) {
      container.withTty(true);
      row("tty", "tty: true", "a terminal, as -t gives one");
    }
    if (process.stdin()) {
      container.withStdin(true);
      row("stdin open", "stdin: true", "standard input kept open, as -i keeps it");
    }
  }

  /** Sets the pod's fields. */
  void pod(PodSpecBuilder pod) {
    if (process.hostNetwork()) {
      pod.withHostNetwork(true);
      row("network host", "hostNetwork: true", "the node's network, as the host's");
      privilegedBecause.add("hostNetwork");
    }
    if (process.hostPid()) {
      pod.withHostPID(true);
      row("pid host", "hostPID: true", "the node's process namespace");
      privilegedBecause.add("hostPID");
    }
    if (process.hostIpc()) {
      pod.withHostIPC(true);
      row("ipc host", "hostIPC: true", "the node's IPC namespace");
      privilegedBecause.add("hostIPC");
    }
    process
        .hostname()
        .ifPresent(
            host -> {
              if (host.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
                pod.withHostname(host);
                row("hostname " + host, "hostname: " + host, "the pod's hostname");
              } else {
                row(
                    "hostname " + host,
                    "(not carried)",
                    "a pod's hostname must be a DNS label: lowercase letters, digits and '-'");
              }
            });
    restart(pod);
  }

  /** The Service that gives the workload's ports a stable name, if it has ports. */
  Optional<Manifest> service() {
    Map<String, ServicePort> ports = new LinkedHashMap<>();
    for (PortSpec port : process.ports()) {
      int servicePort =
          port.published() && port.hostPort() > 0 ? port.hostPort() : port.containerPort();
      String key = servicePort + "/" + port.protocol();
      ports.putIfAbsent(
          key,
          new ServicePortBuilder()
              .withName(port.protocol() + "-" + servicePort)
              .withPort(servicePort)
              .withTargetPort(new IntOrString(port.containerPort()))
              .withProtocol(port.protocol().toUpperCase(Locale.ROOT))
              .build());
    }
    if (ports.isEmpty()) {
      return Optional.empty();
    }
    List<String> comment = new ArrayList<>();
    comment.add(
        "From Docker: the ports of "
            + workload.name()
            + " ("
            + String.join(", ", process.ports().stream().map(PortSpec::toString).toList())
            + ").");
    comment.add(
        "Why: a Service gives the pod a stable name and address in the cluster ("
            + name
            + "."
            + namespace
            + ".svc); type ClusterIP, reached from other pods, or from here with kubectl"
            + " port-forward svc/"
            + name
            + " PORT.");
    process.ports().stream()
        .filter(p -> p.published() && p.hostPort() > 0)
        .findFirst()
        .ifPresent(
            p ->
                comment.add(
                    "Docker published "
                        + p.hostPort()
                        + " on the host: a Service does not bind the node's port. Use"
                        + " kubectl port-forward svc/"
                        + name
                        + " "
                        + p.hostPort()
                        + ", or type NodePort (a port in 30000-32767) or LoadBalancer."));
    return Optional.of(
        new Manifest(
            new ServiceBuilder()
                .withMetadata(Meta.of(name, namespace, workload.name(), null))
                .withNewSpec()
                .withType("ClusterIP")
                .withSelector(Map.of(WorkloadManifests.NAME_LABEL, name))
                .withPorts(List.copyOf(ports.values()))
                .endSpec()
                .build(),
            comment));
  }

  /** The Secret the environment's credentials are read from, holding placeholders only. */
  Optional<CredentialSecret> environmentSecret() {
    List<String> keys = process.credentials().stream().map(EnvVar::name).toList();
    return keys.isEmpty()
        ? Optional.empty()
        : Optional.of(new CredentialSecret(secretName(), namespace, keys));
  }

  List<SettingRow> rows() {
    return rows;
  }

  List<String> notes() {
    List<String> all = new ArrayList<>(notes);
    process.notes().forEach(note -> all.add(workload.name() + ": " + note));
    return all;
  }

  /** Why the pod needs the privileged Pod Security level, if it does. */
  List<String> privilegedBecause() {
    return privilegedBecause;
  }

  private void command(ContainerBuilder container) {
    Optional<List<String>> entrypoint = process.entrypoint();
    List<String> args = process.command();
    if (entrypoint.isPresent() && !entrypoint.get().isEmpty()) {
      container.withCommand(literal(entrypoint.get()));
      row(
          "entrypoint " + String.join(" ", entrypoint.get()),
          "command: " + entrypoint.get(),
          "an entrypoint that replaces the image's is the container's command; Docker then"
              + " ignores the image's CMD, and so does Kubernetes when command is set");
      if (!args.isEmpty()) {
        container.withArgs(literal(args));
        row(
            "command " + String.join(" ", args),
            "args: " + args,
            "the command after the image is the entrypoint's arguments");
      }
    } else if (entrypoint.isPresent()) {
      if (args.isEmpty()) {
        row(
            "entrypoint \"\"",
            "(not carried)",
            "an empty entrypoint with no command runs the image's CMD alone, which Kubernetes cannot say without the image's CMD: set command to it");
      } else {
        container.withCommand(literal(args));
        row(
            "entrypoint \"\", command " + String.join(" ", args),
            "command: " + args,
            "with the entrypoint cleared, the arguments are the whole command line");
      }
    } else if (!args.isEmpty()) {
      container.withArgs(literal(args));
      row(
          "command " + String.join(" ", args),
          "args: " + args,
          "the command after the image replaces the image's CMD and runs under its ENTRYPOINT, as args do");
    }
  }

  private void environment(ContainerBuilder container) {
    for (EnvVar variable : process.env()) {
      if (variable.isCredential()) {
        container.addToEnv(
            new EnvVarBuilder()
                .withName(variable.name())
                .withNewValueFrom()
                .withNewSecretKeyRef(variable.name(), secretName(), null)
                .endValueFrom()
                .build());
        row(
            "env " + variable.name() + "=(hidden)",
            "env " + variable.name() + " from Secret " + secretName(),
            "a credential never goes into a manifest: the Secret holds a placeholder; create the real one with: "
                + environmentSecret().orElseThrow().createCommand());
      } else {
        container.addToEnv(
            new EnvVarBuilder()
                .withName(variable.name())
                .withValue(literal(variable.value()))
                .build());
        row(
            "env " + variable.name() + "=" + variable.value(),
            "env " + variable.name(),
            "the same variable");
      }
    }
  }

  private SecurityContext securityContext() {
    SecurityContextBuilder security = new SecurityContextBuilder();
    boolean any = false;
    if (process.user().isPresent()) {
      any |= user(process.user().get(), security);
    }
    if (process.readOnlyRoot()) {
      security.withReadOnlyRootFilesystem(true);
      row(
          "read-only",
          "readOnlyRootFilesystem: true",
          "the container's root filesystem read-only; its volumes stay writable");
      any = true;
    }
    if (!process.capAdd().isEmpty() || !process.capDrop().isEmpty()) {
      Capabilities capabilities =
          new CapabilitiesBuilder()
              .withAdd(process.capAdd().isEmpty() ? null : process.capAdd())
              .withDrop(process.capDrop().isEmpty() ? null : process.capDrop())
              .build();
      security.withCapabilities(capabilities);
      process
          .capAdd()
          .forEach(
              cap ->
                  row(
                      "cap-add " + cap,
                      "capabilities.add: " + cap,
                      "the same capability added (Kubernetes names it without CAP_)"));
      process
          .capDrop()
          .forEach(
              cap ->
                  row(
                      "cap-drop " + cap,
                      "capabilities.drop: " + cap,
                      cap.equals("ALL")
                          ? "every capability dropped, as Docker's ALL drops them"
                          : "the same capability dropped"));
      process.capAdd().stream()
          .filter(cap -> !BASELINE_CAPABILITIES.contains(cap))
          .forEach(cap -> privilegedBecause.add("capability " + cap));
      any = true;
    }
    if (process.privileged()) {
      security.withPrivileged(true);
      row(
          "privileged",
          "privileged: true",
          "every device and capability of the node: avoid it where a capability or two would do");
      privilegedBecause.add("privileged");
      any = true;
    }
    return any ? security.build() : null;
  }

  private boolean user(String user, SecurityContextBuilder security) {
    String[] parts = user.split(":", 2);
    Optional<Long> uid = number(parts[0]);
    Optional<Long> gid = parts.length == 2 ? number(parts[1]) : Optional.empty();
    if (uid.isEmpty() || (parts.length == 2 && gid.isEmpty())) {
      row(
          "user " + user,
          "(not carried)",
          "Kubernetes takes numeric IDs (runAsUser, runAsGroup): find them in the image, e.g. docker run --rm --entrypoint id IMAGE "
              + parts[0]);
      notes.add(
          workload.name()
              + ": user '"
              + user
              + "' is a name; runAsUser takes a number, so the image's own user runs. Find the numbers with: docker run --rm --entrypoint id IMAGE "
              + parts[0]);
      return false;
    }
    security.withRunAsUser(uid.get());
    gid.ifPresent(security::withRunAsGroup);
    row(
        "user " + user,
        "runAsUser: " + uid.get() + gid.map(g -> ", runAsGroup: " + g).orElse(""),
        "the same numeric user and group");
    return true;
  }

  private static Optional<Long> number(String text) {
    return text.matches("\\d{1,10}") && Long.parseLong(text) <= Integer.MAX_VALUE
        ? Optional.of(Long.parseLong(text))
        : Optional.empty();
  }

  private void ports(ContainerBuilder container) {
    List<String> seen = new ArrayList<>();
    for (PortSpec port : process.ports()) {
      String key = port.containerPort() + "/" + port.protocol();
      if (!seen.contains(key)) {
        seen.add(key);
        container.addToPorts(
            new ContainerPortBuilder()
                .withContainerPort(port.containerPort())
                .withProtocol(port.protocol().toUpperCase(Locale.ROOT))
                .build());
      }
      row(
          (port.published() ? "publish " : "expose ") + port,
          "containerPort: "
              + port.containerPort()
              + ", Service "
              + name
              + " port "
              + (port.published() && port.hostPort() > 0 ? port.hostPort() : port.containerPort()),
          port.published()
              ? "the port the program listens on, and a Service in front of it; the host port is no node port: port-forward, NodePort or LoadBalancer reach it from outside"
              : "an exposed port is documentation in Docker; the Service makes it reachable in the cluster");
    }
  }

  private void probes(ContainerBuilder container) {
    if (process.healthcheckDisabled()) {
      row(
          "healthcheck disabled",
          "(no probe)",
          "the image's healthcheck is turned off, and no probe is made");
      return;
    }
    process
        .healthcheck()
        .ifPresent(
            check -> {
              Probe probe = probe(check);
              container.withLivenessProbe(probe).withReadinessProbe(probe(check));
              row(
                  "healthcheck " + String.join(" ", check.test()),
                  "livenessProbe and readinessProbe: exec "
                      + check.command()
                      + ", every "
                      + probe.getPeriodSeconds()
                      + " s, timeout "
                      + probe.getTimeoutSeconds()
                      + " s, "
                      + probe.getFailureThreshold()
                      + " failures, after "
                      + probe.getInitialDelaySeconds()
                      + " s",
                  "Docker marks the container unhealthy after RETRIES failures; Kubernetes restarts it (liveness) and takes it out of its Service (readiness); the start period becomes the delay before the first probe");
            });
  }

  private static Probe probe(Healthcheck check) {
    return new ProbeBuilder()
        .withNewExec()
        .withCommand(literal(check.command()))
        .endExec()
        .withPeriodSeconds(seconds(check.interval()))
        .withTimeoutSeconds(seconds(check.timeout()))
        .withFailureThreshold(check.retries())
        .withInitialDelaySeconds((int) check.startPeriod().toSeconds())
        .build();
  }

  /** Whole seconds, rounded up, at least one: a probe counts in seconds. */
  private static int seconds(Duration duration) {
    long seconds = (duration.toMillis() + 999) / 1000;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
  }

  private void resources(ContainerBuilder container) {
    Map<String, Quantity> limits = new LinkedHashMap<>();
    process
        .memoryBytes()
        .ifPresent(
            bytes -> {
              limits.put("memory", new Quantity(Long.toString(bytes)));
              row(
                  "memory " + bytes,
                  "resources.limits.memory: " + bytes,
                  "the same memory limit, in bytes");
            });
    process
        .nanoCpus()
        .ifPresent(
            nanos -> {
              String cpu = Math.max(1, nanos / 1_000_000) + "m";
              limits.put("cpu", new Quantity(cpu));
              row(
                  "cpus " + (nanos / 1e9),
                  "resources.limits.cpu: " + cpu,
                  "the same CPU limit, in thousandths of a CPU");
            });
    if (!limits.isEmpty()) {
      container.withNewResources().withLimits(limits).endResources();
    }
  }

  private void restart(PodSpecBuilder pod) {
    process
        .restart()
        .ifPresent(
            policy -> {
              String base = policy.split(":")[0];
              String restartPolicy =
                  switch (base) {
                    case "no" -> "Never";
                    case "on-failure" -> "OnFailure";
                    default -> "Always";
                  };
              if (kind == BridgeOptions.WorkloadKind.POD) {
                pod.withRestartPolicy(restartPolicy);
                row(
                    "restart " + policy,
                    "restartPolicy: " + restartPolicy,
                    policy.contains(":")
                        ? "on-failure's maximum count has no field: the kubelet restarts with a growing back-off"
                        : "the same policy");
              } else {
                row(
                    "restart " + policy,
                    "restartPolicy: Always",
                    restartPolicy.equals("Always")
                        ? "a " + kind.name().toLowerCase(Locale.ROOT) + " always restarts its pods"
                        : "a "
                            + kind.name().toLowerCase(Locale.ROOT)
                            + " always restarts its pods: for '"
                            + policy
                            + "', use --kind pod");
              }
            });
  }

  /**
   * Words as Docker passes them: Kubernetes expands {@code $(NAME)} in command, args and env
   * values, Docker does not, so {@code $(} is escaped as {@code $$(}.
   */
  private static List<String> literal(List<String> words) {
    return words.stream().map(ProcessMapper::literal).toList();
  }

  private static String literal(String word) {
    return word.replace("$(", "$$(");
  }

  private String secretName() {
    return name + "-env";
  }

  private void row(String docker, String kubernetes, String reason) {
    rows.add(new SettingRow(workload.name(), docker, kubernetes, reason));
  }
}
