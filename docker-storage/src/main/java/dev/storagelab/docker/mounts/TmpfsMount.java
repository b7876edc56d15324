package dev.storagelab.docker.mounts;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A memory-backed filesystem mounted into a container.
 *
 * @param target the path in the container
 * @param readOnly whether the container sees it read-only
 * @param sizeBytes its size limit, if one was given in bytes (or with a unit)
 * @param mode its permission bits, if given
 * @param options further mount options given with {@code --tmpfs}, as given (e.g. {@code noexec},
 *     {@code uid=1000}, {@code size=50%})
 */
public record TmpfsMount(
    String target, boolean readOnly, OptionalLong sizeBytes, OptionalInt mode, List<String> options)
    implements Mount {

  public TmpfsMount {
    options = List.copyOf(options);
  }

  /** A read-write tmpfs with no size limit or mode. */
  public static TmpfsMount of(String target) {
    return new TmpfsMount(target, false, OptionalLong.empty(), OptionalInt.empty(), List.of());
  }

  /**
   * Bytes for a size written as Docker's {@code --mount tmpfs-size} and compose's {@code
   * tmpfs.size} take it: a number with an optional unit ({@code 64m}, {@code 1.5g}, {@code 10MiB}).
   */
  public static OptionalLong parseSize(String text) {
    return Sizes.ramInBytes(text);
  }

  @Override
  public Type type() {
    return Type.TMPFS;
  }

  @Override
  public String toMountFlag() {
    MountFlagWriter out = new MountFlagWriter("tmpfs");
    out.field("dst", target);
    out.flag("readonly", readOnly);
    sizeBytes.ifPresent(size -> out.field("tmpfs-size", Long.toString(size)));
    mode.ifPresent(m -> out.field("tmpfs-mode", Integer.toOctalString(m)));
    return out.toString();
  }

  /** How the mount is spelled with {@code --tmpfs}. */
  public String toTmpfsFlag() {
    StringBuilder spec = new StringBuilder(target);
    String separator = ":";
    if (readOnly) {
      spec.append(separator).append("ro");
      separator = ",";
    }
    if (sizeBytes.isPresent()) {
      spec.append(separator).append("size=").append(sizeBytes.getAsLong());
      separator = ",";
    }
    if (mode.isPresent()) {
      spec.append(separator).append("mode=").append(Integer.toOctalString(mode.getAsInt()));
      separator = ",";
    }
    for (String option : options) {
      spec.append(separator).append(option);
      separator = ",";
    }
    return spec.toString();
  }
}
