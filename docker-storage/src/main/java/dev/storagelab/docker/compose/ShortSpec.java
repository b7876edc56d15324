package dev.storagelab.docker.compose;

import dev.storagelab.docker.mounts.MountModes;
import dev.storagelab.docker.mounts.MountSpecException;
import dev.storagelab.docker.mounts.Propagation;
import dev.storagelab.docker.mounts.SelinuxLabel;
import java.util.Optional;

/**
 * A compose short-syntax volume, {@code [SOURCE:]TARGET[:MODE]}, split as compose splits it (no
 * empty section, at most three), its mode list read with the engine's rules for {@code -v}: compose
 * passes it on, and the engine refuses what {@code mounts parse} refuses.
 *
 * @param source the volume name or host path; empty for an anonymous volume
 * @param target the path in the container
 * @param readOnly {@code ro} was given
 * @param noCopy {@code nocopy} was given
 * @param propagation a propagation value
 * @param selinux {@code z} or {@code Z}
 */
record ShortSpec(
    String source,
    String target,
    boolean readOnly,
    boolean noCopy,
    Optional<Propagation> propagation,
    Optional<SelinuxLabel> selinux) {

  static ShortSpec parse(String spec, String where) {
    String[] parts = spec.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        throw new MountSpecException(where, spec, "empty section between colons", -1);
      }
    }
    if (parts.length > 3) {
      throw new MountSpecException(
          where, spec, "too many colons: the form is [SOURCE:]TARGET[:MODE]", -1);
    }
    if (parts.length == 1) {
      return new ShortSpec("", parts[0], false, false, Optional.empty(), Optional.empty());
    }
    String mode = parts.length == 3 ? parts[2] : "";
    String problem = MountModes.problem(mode);
    if (problem != null) {
      throw new MountSpecException(where, spec, problem, parts[0].length() + parts[1].length() + 2);
    }
    MountModes modes = MountModes.parse(mode);
    return new ShortSpec(
        parts[0], parts[1], modes.readOnly(), modes.noCopy(), modes.propagation(), modes.selinux());
  }
}
