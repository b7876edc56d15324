package dev.storagelab.docker.process;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.RunLine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process flags of a {@code docker run} line, taken one at a time as the line is read: what
 * decides how the container's program runs, beside its mounts.
 */
public final class RunFlags {

  private final ProcessSpec.Builder process = new ProcessSpec.Builder();
  private final Path workingDir;
  private final Map<String, String> environment;
  private Optional<String> healthCmd = Optional.empty();
  private Duration interval = Healthcheck.DEFAULT_INTERVAL;
  private Duration timeout = Healthcheck.DEFAULT_TIMEOUT;
  private int retries = Healthcheck.DEFAULT_RETRIES;
  private Duration startPeriod = Duration.ZERO;
  private boolean healthOptions;
  private boolean noHealthcheck;

  private RunFlags(Path workingDir, Map<String, String> environment) {
    this.workingDir = workingDir;
    this.environment = environment;
  }

  /**
   * The process of a run line.
   *
   * @param workingDir where a relative {@code --env-file} is
   * @param environment where {@code -e NAME} takes its value from, as the docker CLI does
   * @throws InputException for a value Docker refuses
   */
  public static ProcessSpec of(RunLine line, Path workingDir, Map<String, String> environment) {
    RunFlags flags = new RunFlags(workingDir, environment);
    line.settings().forEach(setting -> flags.take(setting.flag(), setting.value()));
    return flags.finish(line.command());
  }

  /** Takes one flag and its value ({@code true} for a flag that takes none). */
  private void take(String flag, String value) {
    switch (flag) {
      case "--name" -> process.containerName(value);
      case "--entrypoint" -> process.entrypoint(value.isEmpty() ? List.of() : List.of(value));
      case "-e", "--env" ->
          ProcessValues.assignment(value, environment, flag).forEach(process::env);
      case "--env-file" ->
          ProcessValues.envFile(workingDir.resolve(value), environment).forEach(process::env);
      case "-w", "--workdir" -> process.workingDir(value);
      case "-u", "--user" -> process.user(ProcessValues.user(value, flag));
      case "--read-only" -> process.readOnlyRoot(bool(value, flag));
      case "--cap-add" -> process.capAdd(ProcessValues.capability(value, flag));
      case "--cap-drop" -> process.capDrop(ProcessValues.capability(value, flag));
      case "--privileged" -> process.privileged(bool(value, flag));
      case "--network", "--net" -> network(value);
      case "--pid" -> process.hostPid(namespace(value, "--pid"));
      case "--ipc" -> process.hostIpc(namespace(value, "--ipc"));
      case "-h", "--hostname" -> process.hostname(value);
      case "-t", "--tty" -> process.tty(bool(value, flag));
      case "-i", "--interactive" -> process.stdin(bool(value, flag));
      case "-m", "--memory" -> process.memoryBytes(ProcessValues.memory(value, flag));
      case "--cpus" -> process.nanoCpus(ProcessValues.cpus(value, flag));
      case "--restart" -> process.restart(ProcessValues.restart(value, flag));
      case "-p", "--publish" -> process.port(ProcessValues.published(value, flag));
      case "--expose" -> process.port(ProcessValues.exposed(value, flag));
      case "--health-cmd" -> healthCmd = Optional.of(value);
      case "--health-interval" -> interval = health(ProcessValues.duration(value, flag));
      case "--health-timeout" -> timeout = health(ProcessValues.duration(value, flag));
      case "--health-retries" -> retries = health(ProcessValues.retries(value, flag));
      case "--health-start-period" -> startPeriod = health(ProcessValues.duration(value, flag));
      case "--no-healthcheck" -> {
        noHealthcheck = bool(value, flag);
        process.healthcheckDisabled(noHealthcheck);
      }
      case "--init" ->
          process.note(
              "--init (a small init as PID 1, reaping zombies): Kubernetes has no such field; use an"
                  + " image whose entrypoint is an init (tini, dumb-init), or shareProcessNamespace.");
      case "--device" ->
          process.note(
              "--device "
                  + value
                  + ": a pod gets a host device through a device plugin, or a"
                  + " privileged container with a hostPath; nothing is carried over.");
      case "--link" ->
          process.note(
              "--link "
                  + value
                  + ": Kubernetes has no links; reach the other workload through its"
                  + " Service by name.");
      case "--add-host" ->
          process.note(
              "--add-host " + value + ": the pod's hostAliases say the same; not carried over.");
      default -> {}
    }
  }

  private ProcessSpec finish(List<String> command) {
    process.command(command);
    if (healthCmd.isPresent()) {
      process.healthcheck(
          new Healthcheck(
              List.of("CMD-SHELL", healthCmd.get()), interval, timeout, retries, startPeriod));
    } else if (healthOptions) {
      process.note(
          "--health-* options without --health-cmd change the image's own healthcheck, which a"
              + " run line does not show: no probe is made.");
    }
    if (healthCmd.isPresent() && noHealthcheck) {
      throw new InputException(
          "--health-cmd and --no-healthcheck contradict each other, as Docker says.",
          "--no-healthcheck");
    }
    return process.build();
  }

  private <T> T health(T value) {
    healthOptions = true;
    return value;
  }

  private void network(String value) {
    switch (value) {
      case "host" -> process.hostNetwork(true);
      case "bridge", "default", "none" -> {}
      default ->
          process.note(
              "--network "
                  + value
                  + ": pods share one flat network and reach each other through Services; a Docker"
                  + " network has no equivalent (a NetworkPolicy can keep workloads apart).");
    }
  }

  private boolean namespace(String value, String flag) {
    if (value.equals("host")) {
      return true;
    }
    process.note(
        flag
            + " "
            + value
            + ": a pod shares a namespace with the host or not at all; containers of one pod"
            + " share the network and, with shareProcessNamespace, PIDs.");
    return false;
  }

  private static boolean bool(String value, String flag) {
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw new InputException(flag + " takes true or false, not '" + value + "'.", value);
    };
  }
}
