package dev.storagelab.docker.mounts;

import java.util.Optional;

/**
 * A host path mounted into a container.
 *
 * @param source the absolute host path, cleaned as the engine cleans it
 * @param target the path in the container
 * @param readOnly whether the container sees it read-only
 * @param propagation bind propagation; the engine's default is {@code rprivate}
 * @param selinux SELinux relabelling asked for with {@code z} or {@code Z}
 * @param consistency the consistency asked for (only Docker Desktop on macOS acts on it)
 * @param recursion how mounts below the source are carried along
 * @param createHostPath whether the engine creates a missing source ({@code -v} and compose short
 *     syntax do; {@code --mount} refuses a missing source)
 */
public record BindMount(
    String source,
    String target,
    boolean readOnly,
    Propagation propagation,
    Optional<SelinuxLabel> selinux,
    Optional<Consistency> consistency,
    Recursion recursion,
    boolean createHostPath)
    implements Mount {

  /** How submounts of the source are treated ({@code --mount bind-recursive}). */
  public enum Recursion {
    /** Submounts are mounted too, and read-only when the mount is (where the kernel can). */
    ENABLED,
    /** Submounts are not mounted ({@code bind-nonrecursive}). */
    DISABLED,
    /** Submounts are mounted but stay writable in a read-only mount. */
    WRITABLE,
    /** Submounts are read-only, or the mount fails. */
    READONLY;

    /** The {@code bind-recursive} value. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A read-write, {@code rprivate}, recursive bind that refuses a missing source. */
  public static BindMount of(String source, String target) {
    return new BindMount(
        source,
        target,
        false,
        Propagation.RPRIVATE,
        Optional.empty(),
        Optional.empty(),
        Recursion.ENABLED,
        false);
  }

  /** This mount, read-only or not. */
  public BindMount withReadOnly(boolean value) {
    return new BindMount(
        source, target, value, propagation, selinux, consistency, recursion, createHostPath);
  }

  /** This mount with another propagation. */
  public BindMount withPropagation(Propagation value) {
    return new BindMount(
        source, target, readOnly, value, selinux, consistency, recursion, createHostPath);
  }

  /** This mount with SELinux relabelling, or none. */
  public BindMount withSelinux(Optional<SelinuxLabel> value) {
    return new BindMount(
        source, target, readOnly, propagation, value, consistency, recursion, createHostPath);
  }

  /** This mount with a consistency, or none. */
  public BindMount withConsistency(Optional<Consistency> value) {
    return new BindMount(
        source, target, readOnly, propagation, selinux, value, recursion, createHostPath);
  }

  /** This mount with another recursion. */
  public BindMount withRecursion(Recursion value) {
    return new BindMount(
        source, target, readOnly, propagation, selinux, consistency, value, createHostPath);
  }

  /** This mount, creating a missing source or not. */
  public BindMount withCreateHostPath(boolean value) {
    return new BindMount(
        source, target, readOnly, propagation, selinux, consistency, recursion, value);
  }

  @Override
  public Type type() {
    return Type.BIND;
  }

  @Override
  public String toMountFlag() {
    MountFlagWriter out = new MountFlagWriter("bind");
    out.field("src", source);
    out.field("dst", target);
    out.flag("readonly", readOnly);
    if (propagation != Propagation.RPRIVATE) {
      out.field("bind-propagation", propagation.word());
    }
    if (recursion != Recursion.ENABLED) {
      out.field("bind-recursive", recursion.word());
    }
    consistency.ifPresent(c -> out.field("consistency", c.word()));
    return out.toString();
  }

  /** How the mount is spelled with {@code -v}, if it can be: {@code -v} has no recursion option. */
  public Optional<String> toVolumeFlag() {
    if (recursion != Recursion.ENABLED) {
      return Optional.empty();
    }
    StringBuilder mode = new StringBuilder();
    if (readOnly) {
      mode.append("ro");
    }
    if (propagation != Propagation.RPRIVATE) {
      mode.append(mode.length() > 0 ? "," : "").append(propagation.word());
    }
    selinux.ifPresent(s -> mode.append(mode.length() > 0 ? "," : "").append(s.flag()));
    consistency.ifPresent(c -> mode.append(mode.length() > 0 ? "," : "").append(c.word()));
    return Optional.of(source + ":" + target + (mode.length() > 0 ? ":" + mode : ""));
  }
}
