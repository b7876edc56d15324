package dev.storagelab.docker.mounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mode list of {@code -v SOURCE:TARGET:MODE}, read with the engine's rules: each option from a
 * known set, at most one per group ({@code ro}/{@code rw}, {@code z}/{@code Z}, a propagation,
 * {@code nocopy}, a consistency).
 *
 * @param readOnly {@code ro} was given
 * @param selinux {@code z} or {@code Z}
 * @param propagation a propagation value
 * @param noCopy {@code nocopy} was given
 * @param consistency a consistency value
 */
public record MountModes(
    boolean readOnly,
    Optional<SelinuxLabel> selinux,
    Optional<Propagation> propagation,
    boolean noCopy,
    Optional<Consistency> consistency) {

  static final MountModes NONE =
      new MountModes(false, Optional.empty(), Optional.empty(), false, Optional.empty());

  private static final String KNOWN =
      "ro, rw, z, Z, nocopy, private, rprivate, shared, rshared, slave, rslave, consistent,"
          + " cached, delegated";

  /** Whether the engine takes the text as a mode list (an empty one included). */
  static boolean isValid(String mode) {
    return problem(mode) == null;
  }

  /**
   * Why the engine refuses a mode list, or {@code null}.
   *
   * @param mode the comma-separated options
   */
  public static String problem(String mode) {
    if (mode.isEmpty()) {
      return null;
    }
    List<List<String>> groups =
        List.of(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    for (String option : mode.split(",", -1)) {
      int group = group(option);
      if (group < 0) {
        return "\"" + option + "\" is not a mount mode (known: " + KNOWN + ")";
      }
      groups.get(group).add(option);
    }
    for (List<String> group : groups) {
      if (group.size() > 1) {
        return "\"" + group.get(0) + "\" and \"" + group.get(1) + "\" cannot be combined";
      }
    }
    return null;
  }

  /** Reads a mode list the engine takes. */
  public static MountModes parse(String mode) {
    boolean readOnly = false;
    boolean noCopy = false;
    Optional<SelinuxLabel> selinux = Optional.empty();
    Optional<Propagation> propagation = Optional.empty();
    Optional<Consistency> consistency = Optional.empty();
    for (String option : mode.isEmpty() ? new String[0] : mode.split(",")) {
      readOnly |= option.equals("ro");
      noCopy |= option.equals("nocopy");
      selinux = selinux.or(() -> SelinuxLabel.of(option));
      propagation = propagation.or(() -> Propagation.of(option));
      consistency = consistency.or(() -> Consistency.of(option));
    }
    return new MountModes(readOnly, selinux, propagation, noCopy, consistency);
  }

  private static int group(String option) {
    if (option.equals("ro") || option.equals("rw")) {
      return 0;
    }
    if (SelinuxLabel.of(option).isPresent()) {
      return 1;
    }
    if (Propagation.of(option).isPresent()) {
      return 2;
    }
    if (option.equals("nocopy")) {
      return 3;
    }
    return Consistency.of(option).isPresent() ? 4 : -1;
  }
}
