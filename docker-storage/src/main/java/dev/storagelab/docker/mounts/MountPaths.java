package dev.storagelab.docker.mounts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The path and name rules Docker applies to mounts on Linux. */
public final class MountPaths {

  /** Names the {@code local} volume driver accepts. */
  private static final Pattern LOCAL_VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

  private MountPaths() {}

  /** Cleans a slash-separated path the way Go's {@code path.Clean} does, as the engine does. */
  public static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean absolute = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!absolute) {
          parts.addLast("..");
        }
      } else {
        parts.addLast(part);
      }
    }
    String joined = String.join("/", parts);
    if (absolute) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /**
   * Why the engine refuses a container path, or {@code null} if it takes it.
   *
   * @param target the path inside the container
   */
  public static String targetProblem(String target) {
    if (target.isEmpty()) {
      return "the target (the path in the container) is missing";
    }
    if (clean(target).equals("/")) {
      return "the target cannot be '/': a mount cannot replace the container's root";
    }
    if (!target.startsWith("/")) {
      return "the target '" + target + "' must be an absolute path";
    }
    return null;
  }

  /**
   * Why the {@code local} driver refuses a volume name, or {@code null} if it takes it.
   *
   * @param name the volume name
   */
  static String localNameProblem(String name) {
    if (name.length() < 2) {
      return "volume name '" + name + "' is too short: names need at least two characters";
    }
    if (!LOCAL_VOLUME_NAME.matcher(name).matches()) {
      return "'"
          + name
          + "' is not a volume name the local driver accepts (only [a-zA-Z0-9][a-zA-Z0-9_.-]);"
          + " a host directory must be an absolute path";
    }
    return null;
  }

  /**
   * Refuses two mounts at one target, as the engine does ("Duplicate mount point").
   *
   * @param where what the mounts came from, for the message
   * @throws MountSpecException naming the target
   */
  public static void checkDistinct(List<Mount> mounts, String where) {
    Set<String> targets = new HashSet<>();
    for (Mount mount : mounts) {
      if (!targets.add(clean(mount.target()))) {
        throw new MountSpecException(
            where,
            mount.target(),
            "duplicate mount point: two mounts target " + mount.target(),
            -1);
      }
    }
  }
}
