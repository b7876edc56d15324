package dev.storagelab.docker.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a container's process runs, beside its storage: what Docker decides from a run line's flags,
 * a compose service's keys or a live container's configuration, and a pod must repeat to run the
 * same program the same way.
 *
 * @param containerName the container's name ({@code --name}, {@code container_name}), if given
 * @param entrypoint the entrypoint, when it overrides the image's ({@code --entrypoint})
 * @param command the arguments: after the image, or compose's {@code command}; empty for the
 *     image's own
 * @param env the environment, in order, later values replacing earlier ones
 * @param workingDir {@code -w}, if given
 * @param user {@code -u USER[:GROUP]}, if given
 * @param readOnlyRoot {@code --read-only}
 * @param capAdd capabilities added, upper case without {@code CAP_}
 * @param capDrop capabilities dropped ({@code ALL} for all)
 * @param privileged {@code --privileged}
 * @param hostNetwork {@code --network host}
 * @param hostPid {@code --pid host}
 * @param hostIpc {@code --ipc host}
 * @param hostname {@code --hostname}, if given
 * @param tty {@code -t}
 * @param stdin {@code -i}
 * @param memoryBytes {@code --memory}, if given
 * @param nanoCpus {@code --cpus} in billionths of a CPU, if given
 * @param restart {@code --restart}: {@code no}, {@code always}, {@code unless-stopped} or {@code
 *     on-failure[:N]}, if given
 * @param ports published and exposed ports
 * @param healthcheck the healthcheck the line or file gives, if any
 * @param healthcheckDisabled {@code --no-healthcheck} or {@code disable: true}
 * @param notes settings with no Kubernetes equivalent, each with the nearest practice
 */
public record ProcessSpec(
    Optional<String> containerName,
    Optional<List<String>> entrypoint,
    List<String> command,
    List<EnvVar> env,
    Optional<String> workingDir,
    Optional<String> user,
    boolean readOnlyRoot,
    List<String> capAdd,
    List<String> capDrop,
    boolean privileged,
    boolean hostNetwork,
    boolean hostPid,
    boolean hostIpc,
    Optional<String> hostname,
    boolean tty,
    boolean stdin,
    OptionalLong memoryBytes,
    OptionalLong nanoCpus,
    Optional<String> restart,
    List<PortSpec> ports,
    Optional<Healthcheck> healthcheck,
    boolean healthcheckDisabled,
    List<String> notes) {

  public ProcessSpec {
    entrypoint = entrypoint.map(List::copyOf);
    command = List.copyOf(command);
    env = List.copyOf(env);
    capAdd = List.copyOf(capAdd);
    capDrop = List.copyOf(capDrop);
    ports = List.copyOf(ports);
    notes = List.copyOf(notes);
  }

  /** A process nothing is known of but its arguments: the image decides the rest. */
  public static ProcessSpec ofCommand(List<String> command) {
    Builder builder = new Builder();
    builder.command.addAll(command);
    return builder.build();
  }

  /**
   * The same process without the variables its image sets to the same value: a live container's
   * environment holds its image's (PATH...), which the image gives the pod too.
   *
   * @param imageEnv the image's {@code Config.Env}, as {@code NAME=VALUE}
   */
  public ProcessSpec withoutImageEnv(List<String> imageEnv) {
    Builder copy = new Builder(this);
    copy.env.removeIf(v -> imageEnv.contains(v.name() + "=" + v.value()));
    return copy.build();
  }

  /** The environment's variables whose values are credentials. */
  public List<EnvVar> credentials() {
    return env.stream().filter(EnvVar::isCredential).toList();
  }

  /** Collects a process's settings as a source reads them. */
  public static final class Builder {
    private Optional<String> containerName = Optional.empty();
    private Optional<List<String>> entrypoint = Optional.empty();
    private final List<String> command = new ArrayList<>();
    private final List<EnvVar> env = new ArrayList<>();
    private Optional<String> workingDir = Optional.empty();
    private Optional<String> user = Optional.empty();
    private boolean readOnlyRoot;
    private final List<String> capAdd = new ArrayList<>();
    private final List<String> capDrop = new ArrayList<>();
    private boolean privileged;
    private boolean hostNetwork;
    private boolean hostPid;
    private boolean hostIpc;
    private Optional<String> hostname = Optional.empty();
    private boolean tty;
    private boolean stdin;
    private OptionalLong memoryBytes = OptionalLong.empty();
    private OptionalLong nanoCpus = OptionalLong.empty();
    private Optional<String> restart = Optional.empty();
    private final List<PortSpec> ports = new ArrayList<>();
    private Optional<Healthcheck> healthcheck = Optional.empty();
    private boolean healthcheckDisabled;
    private final List<String> notes = new ArrayList<>();

    public Builder() {}

    /** A builder holding everything of a process, to change a part of it. */
    private Builder(ProcessSpec from) {
      containerName = from.containerName;
      entrypoint = from.entrypoint;
      command.addAll(from.command);
      env.addAll(from.env);
      workingDir = from.workingDir;
      user = from.user;
      readOnlyRoot = from.readOnlyRoot;
      capAdd.addAll(from.capAdd);
      capDrop.addAll(from.capDrop);
      privileged = from.privileged;
      hostNetwork = from.hostNetwork;
      hostPid = from.hostPid;
      hostIpc = from.hostIpc;
      hostname = from.hostname;
      tty = from.tty;
      stdin = from.stdin;
      memoryBytes = from.memoryBytes;
      nanoCpus = from.nanoCpus;
      restart = from.restart;
      ports.addAll(from.ports);
      healthcheck = from.healthcheck;
      healthcheckDisabled = from.healthcheckDisabled;
      notes.addAll(from.notes);
    }

    public Builder containerName(String name) {
      containerName = Optional.of(name);
      return this;
    }

    /** The entrypoint, overriding the image's; an empty list clears it. */
    public Builder entrypoint(List<String> words) {
      entrypoint = Optional.of(List.copyOf(words));
      return this;
    }

    public Builder command(List<String> words) {
      command.clear();
      command.addAll(words);
      return this;
    }

    /** Sets a variable: a later value of the same name replaces the earlier one, in its place. */
    public Builder env(EnvVar variable) {
      for (int i = 0; i < env.size(); i++) {
        if (env.get(i).name().equals(variable.name())) {
          env.set(i, variable);
          return this;
        }
      }
      env.add(variable);
      return this;
    }

    public Builder workingDir(String dir) {
      workingDir = Optional.of(dir);
      return this;
    }

    public Builder user(String value) {
      user = Optional.of(value);
      return this;
    }

    public Builder readOnlyRoot(boolean value) {
      readOnlyRoot = value;
      return this;
    }

    public Builder capAdd(String capability) {
      capAdd.add(capability);
      return this;
    }

    public Builder capDrop(String capability) {
      capDrop.add(capability);
      return this;
    }

    public Builder privileged(boolean value) {
      privileged = value;
      return this;
    }

    public Builder hostNetwork(boolean value) {
      hostNetwork = value;
      return this;
    }

    public Builder hostPid(boolean value) {
      hostPid = value;
      return this;
    }

    public Builder hostIpc(boolean value) {
      hostIpc = value;
      return this;
    }

    public Builder hostname(String value) {
      hostname = Optional.of(value);
      return this;
    }

    public Builder tty(boolean value) {
      tty = value;
      return this;
    }

    public Builder stdin(boolean value) {
      stdin = value;
      return this;
    }

    public Builder memoryBytes(long bytes) {
      memoryBytes = OptionalLong.of(bytes);
      return this;
    }

    public Builder nanoCpus(long nanos) {
      nanoCpus = OptionalLong.of(nanos);
      return this;
    }

    public Builder restart(String policy) {
      restart = Optional.of(policy);
      return this;
    }

    public Builder port(PortSpec port) {
      ports.add(port);
      return this;
    }

    public Builder healthcheck(Healthcheck check) {
      healthcheck = Optional.of(check);
      return this;
    }

    public Builder healthcheckDisabled(boolean value) {
      healthcheckDisabled = value;
      return this;
    }

    /** A setting with no Kubernetes equivalent, and the nearest practice. */
    public Builder note(String note) {
      if (!notes.contains(note)) {
        notes.add(note);
      }
      return this;
    }

    public ProcessSpec build() {
      return new ProcessSpec(
          containerName,
          entrypoint,
          command,
          env,
          workingDir,
          user,
          readOnlyRoot,
          capAdd,
          capDrop,
          privileged,
          hostNetwork,
          hostPid,
          hostIpc,
          hostname,
          tty,
          stdin,
          memoryBytes,
          nanoCpus,
          restart,
          ports,
          healthcheck,
          healthcheckDisabled,
          notes);
    }
  }
}
