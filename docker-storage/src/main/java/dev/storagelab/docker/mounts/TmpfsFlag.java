package dev.storagelab.docker.mounts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads {@code --tmpfs TARGET[:OPTIONS]}. The engine stores the options as given and hands them to
 * the kernel when the container starts; an option the engine or the kernel refuses then stops the
 * container from starting, so it is refused here.
 */
public final class TmpfsFlag {

  private static final String FLAG = "--tmpfs";

  /** Mount flags the engine turns into flags rather than passing on. */
  private static final Set<String> FLAGS =
      Set.of(
          "defaults",
          "ro",
          "rw",
          "suid",
          "nosuid",
          "dev",
          "nodev",
          "exec",
          "noexec",
          "sync",
          "async",
          "dirsync",
          "remount",
          "mand",
          "nomand",
          "atime",
          "noatime",
          "diratime",
          "nodiratime",
          "bind",
          "rbind",
          "unbindable",
          "runbindable",
          "private",
          "rprivate",
          "shared",
          "rshared",
          "slave",
          "rslave",
          "relatime",
          "norelatime",
          "strictatime",
          "nostrictatime");

  /** Options with a value that the engine passes to the kernel. */
  private static final Set<String> DATA =
      Set.of("size", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol");

  private TmpfsFlag() {}

  /**
   * Reads one {@code --tmpfs} spec.
   *
   * @throws MountSpecException when Docker would refuse it
   */
  public static TmpfsMount parse(String spec) {
    int colon = spec.indexOf(':');
    String target = colon < 0 ? spec : spec.substring(0, colon);
    String options = colon < 0 ? "" : spec.substring(colon + 1);
    String targetProblem = MountPaths.targetProblem(target);
    if (targetProblem != null) {
      throw new MountSpecException(FLAG, spec, targetProblem, 0);
    }
    boolean readOnly = false;
    OptionalLong size = OptionalLong.empty();
    OptionalInt mode = OptionalInt.empty();
    List<String> others = new ArrayList<>();
    int position = colon + 1;
    for (String option : options.isEmpty() ? new String[0] : options.split(",", -1)) {
      int equals = option.indexOf('=');
      String key = equals < 0 ? option : option.substring(0, equals);
      String value = equals < 0 ? "" : option.substring(equals + 1);
      if (FLAGS.contains(option)) {
        if (option.equals("ro") || option.equals("rw")) {
          readOnly = option.equals("ro");
        } else {
          others.add(option);
        }
      } else if (key.equals("size") && !value.endsWith("%")) {
        size = OptionalLong.of(kernelSize(spec, option, value, position));
      } else if (key.equals("mode")) {
        mode = OptionalInt.of(mode(spec, value, position));
      } else if (DATA.contains(key) && equals > 0) {
        if (key.equals("size")) {
          percent(spec, value, position);
        }
        others.add(option);
      } else {
        throw new MountSpecException(
            FLAG,
            spec,
            option.isEmpty()
                ? "an empty option between commas"
                : "\""
                    + option
                    + "\" is not a tmpfs option (size, mode, uid, gid, nr_inodes, mpol, or a mount"
                    + " flag such as noexec)",
            position);
      }
      position += option.length() + 1;
    }
    return new TmpfsMount(MountPaths.clean(target), readOnly, size, mode, others);
  }

  private static long kernelSize(String spec, String option, String value, int position) {
    OptionalLong bytes = Sizes.kernelBytes(value);
    if (bytes.isEmpty()) {
      throw new MountSpecException(
          FLAG,
          spec,
          "\""
              + option
              + "\": the kernel takes a whole number with an optional k, m or g, or a percentage",
          position);
    }
    return bytes.getAsLong();
  }

  private static void percent(String spec, String value, int position) {
    if (!value.matches("\\d+%")) {
      throw new MountSpecException(FLAG, spec, "\"size=" + value + "\" is not a size", position);
    }
  }

  private static int mode(String spec, String value, int position) {
    if (!value.matches("[0-7]{1,4}")) {
      throw new MountSpecException(
          FLAG, spec, "\"mode=" + value + "\": the mode is octal, such as 1777", position);
    }
    return Integer.parseInt(value, 8);
  }
}
