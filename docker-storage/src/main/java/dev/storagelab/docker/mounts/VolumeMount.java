package dev.storagelab.docker.mounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A volume mounted into a container: named, or anonymous (the engine names it on creation).
 *
 * @param name the volume's name; empty for an anonymous volume
 * @param target the path in the container
 * @param readOnly whether the container sees it read-only
 * @param driver the volume driver, {@code local} unless another was asked for
 * @param driverOptions the driver's options ({@code --mount volume-opt}, compose {@code
 *     driver_opts})
 * @param labels labels for the volume if the mount creates it
 * @param noCopy whether the image's content at the target is not copied into an empty volume
 * @param subpath a folder inside the volume to mount instead of its root
 * @param selinux SELinux relabelling asked for with {@code z} or {@code Z}
 * @param state what the engine reports of the volume, when it was read from an engine
 */
public record VolumeMount(
    Optional<String> name,
    String target,
    boolean readOnly,
    String driver,
    Map<String, String> driverOptions,
    Map<String, String> labels,
    boolean noCopy,
    Optional<String> subpath,
    Optional<SelinuxLabel> selinux,
    Optional<VolumeState> state)
    implements Mount {

  /** The driver Docker uses when none is named. */
  public static final String LOCAL = "local";

  public VolumeMount {
    driverOptions = Collections.unmodifiableMap(new LinkedHashMap<>(driverOptions));
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** A named volume mount with every option at Docker's default. */
  public static Builder named(String name, String target) {
    return new Builder().name(name).target(target);
  }

  /** An anonymous volume mount with every option at Docker's default. */
  public static Builder anonymous(String target) {
    return new Builder().target(target);
  }

  /** A builder holding this mount's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .name(name.orElse(null))
        .target(target)
        .readOnly(readOnly)
        .driver(driver)
        .driverOptions(driverOptions)
        .labels(labels)
        .noCopy(noCopy)
        .subpath(subpath.orElse(null))
        .selinux(selinux.orElse(null))
        .state(state.orElse(null));
  }

  @Override
  public Type type() {
    return Type.VOLUME;
  }

  /** Whether the engine names the volume itself. */
  public boolean isAnonymous() {
    return name.isEmpty();
  }

  @Override
  public String toMountFlag() {
    MountFlagWriter out = new MountFlagWriter("volume");
    name.ifPresent(n -> out.field("src", n));
    out.field("dst", target);
    out.flag("readonly", readOnly);
    out.flag("volume-nocopy", noCopy);
    if (!driver.equals(LOCAL) || !driverOptions.isEmpty()) {
      out.field("volume-driver", driver);
    }
    driverOptions.forEach((k, v) -> out.field("volume-opt", k + "=" + v));
    labels.forEach((k, v) -> out.field("volume-label", k + "=" + v));
    subpath.ifPresent(p -> out.field("volume-subpath", p));
    return out.toString();
  }

  /**
   * How the mount is spelled with {@code -v}, if it can be: another driver needs {@code
   * --volume-driver} beside it, driver options, labels and subpaths have no {@code -v} form, and an
   * anonymous volume takes no options there.
   */
  public Optional<String> toVolumeFlag() {
    if (!driver.equals(LOCAL)
        || !driverOptions.isEmpty()
        || !labels.isEmpty()
        || subpath.isPresent()) {
      return Optional.empty();
    }
    if (isAnonymous()) {
      return readOnly || noCopy || selinux.isPresent() ? Optional.empty() : Optional.of(target);
    }
    StringBuilder mode = new StringBuilder();
    if (readOnly) {
      mode.append("ro");
    }
    if (noCopy) {
      mode.append(mode.length() > 0 ? "," : "").append("nocopy");
    }
    selinux.ifPresent(s -> mode.append(mode.length() > 0 ? "," : "").append(s.flag()));
    return Optional.of(name.get() + ":" + target + (mode.length() > 0 ? ":" + mode : ""));
  }

  /** Builds a {@link VolumeMount}. */
  public static final class Builder {
    private String name;
    private String target;
    private boolean readOnly;
    private String driver = LOCAL;
    private Map<String, String> driverOptions = new LinkedHashMap<>();
    private Map<String, String> labels = new LinkedHashMap<>();
    private boolean noCopy;
    private String subpath;
    private SelinuxLabel selinux;
    private VolumeState state;

    private Builder() {}

    /** The volume's name, or {@code null} for an anonymous volume. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The path in the container. */
    public Builder target(String target) {
      this.target = target;
      return this;
    }

    /** Whether the container sees it read-only. */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /** The volume driver. */
    public Builder driver(String driver) {
      this.driver = driver;
      return this;
    }

    /** The driver's options. */
    public Builder driverOptions(Map<String, String> options) {
      this.driverOptions = new LinkedHashMap<>(options);
      return this;
    }

    /** One driver option. */
    public Builder driverOption(String key, String value) {
      this.driverOptions.put(key, value);
      return this;
    }

    /** The volume's labels. */
    public Builder labels(Map<String, String> labels) {
      this.labels = new LinkedHashMap<>(labels);
      return this;
    }

    /** One label. */
    public Builder label(String key, String value) {
      this.labels.put(key, value);
      return this;
    }

    /** Whether the image's content is not copied in. */
    public Builder noCopy(boolean noCopy) {
      this.noCopy = noCopy;
      return this;
    }

    /** The folder inside the volume to mount, or {@code null}. */
    public Builder subpath(String subpath) {
      this.subpath = subpath;
      return this;
    }

    /** SELinux relabelling, or {@code null}. */
    public Builder selinux(SelinuxLabel selinux) {
      this.selinux = selinux;
      return this;
    }

    /** What the engine reports of the volume, or {@code null}. */
    public Builder state(VolumeState state) {
      this.state = state;
      return this;
    }

    /** The mount. */
    public VolumeMount build() {
      return new VolumeMount(
          Optional.ofNullable(name),
          target,
          readOnly,
          driver,
          driverOptions,
          labels,
          noCopy,
          Optional.ofNullable(subpath),
          Optional.ofNullable(selinux),
          Optional.ofNullable(state));
    }
  }
}
