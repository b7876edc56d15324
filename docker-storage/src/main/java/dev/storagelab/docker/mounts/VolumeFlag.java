package dev.storagelab.docker.mounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code -v} / {@code --volume} specs in two stages, as Docker does: the docker CLI splits
 * the spec and decides volume or bind (making {@code ./relative} host paths absolute), then the
 * engine reads the same text again with its own, stricter rules.
 */
public final class VolumeFlag {

  private static final String FLAG = "-v";

  private VolumeFlag() {}

  /**
   * Reads one {@code -v} spec.
   *
   * @throws MountSpecException when Docker would refuse it
   */
  public static Mount parse(String spec, ParseContext context) {
    List<String> fields = cliFields(spec);
    if (fields.size() == 1) {
      return anonymous(fields.get(0));
    }
    String source = fields.get(0);
    String raw = spec;
    if (source.startsWith(".")) {
      String absolute = MountPaths.clean(context.workingDir().resolve(source).toString());
      raw = absolute + spec.substring(spec.indexOf(':'));
    }
    return engineParse(spec, raw, context);
  }

  /**
   * The docker CLI's split (its compose volume parser): fields between colons, none empty, at most
   * three; a one-letter field before a colon is taken as a Windows drive, as the CLI does.
   */
  private static List<String> cliFields(String spec) {
    if (spec.isEmpty()) {
      throw new MountSpecException(FLAG, spec, "the spec is empty", -1);
    }
    if (spec.length() <= 2) {
      return List.of(spec);
    }
    List<String> fields = new ArrayList<>();
    StringBuilder buffer = new StringBuilder();
    for (int i = 0; i <= spec.length(); i++) {
      boolean end = i == spec.length();
      char c = end ? 0 : spec.charAt(i);
      if (!end && c == ':' && buffer.length() == 1 && Character.isLetter(buffer.charAt(0))) {
        buffer.append(c);
      } else if (end || c == ':') {
        if (buffer.length() == 0) {
          throw new MountSpecException(FLAG, spec, "empty section between colons", i);
        }
        if (fields.size() == 2 && !end) {
          throw new MountSpecException(
              FLAG, spec, "too many colons: the form is [SOURCE:]TARGET[:MODE]", i);
        }
        if (fields.isEmpty() && end) {
          return List.of(buffer.toString());
        }
        fields.add(buffer.toString());
        buffer.setLength(0);
      } else {
        buffer.append(c);
      }
    }
    return fields;
  }

  /**
   * An anonymous volume: the CLI hands the path to the engine as a declared volume, which the
   * engine takes as it is, only cleaned.
   */
  private static Mount anonymous(String target) {
    return VolumeMount.anonymous(MountPaths.clean(target)).build();
  }

  /** The engine's reading of {@code SOURCE:TARGET[:MODE]}, split on every colon. */
  private static Mount engineParse(String spec, String raw, ParseContext context) {
    String[] parts = raw.split(":", -1);
    if (parts[0].isEmpty() || parts.length > 3) {
      throw invalid(spec, "the form is [SOURCE:]TARGET[:MODE]");
    }
    if (parts.length == 2 && MountModes.isValid(parts[1])) {
      throw invalid(spec, "'" + parts[1] + "' is a mode, but a volume without a source takes none");
    }
    String source = parts[0];
    String target = parts[1];
    String mode = parts.length == 3 ? parts[2] : "";
    String modeProblem = MountModes.problem(mode);
    if (modeProblem != null) {
      throw new MountSpecException(FLAG, spec, modeProblem, spec.lastIndexOf(mode));
    }
    MountModes modes = MountModes.parse(mode);
    boolean bind = source.startsWith("/");
    String targetProblem = MountPaths.targetProblem(target);
    if (targetProblem != null) {
      throw new MountSpecException(
          FLAG, spec, targetProblem, spec.indexOf(target, source.length()));
    }
    return bind ? bind(spec, source, target, modes) : volume(spec, source, target, modes, context);
  }

  private static Mount bind(String spec, String source, String target, MountModes modes) {
    if (modes.noCopy()) {
      throw new MountSpecException(
          FLAG,
          spec,
          "\"nocopy\" applies to volumes, not to a bind mount of a host path",
          spec.lastIndexOf("nocopy"));
    }
    return BindMount.of(MountPaths.clean(source), MountPaths.clean(target))
        .withReadOnly(modes.readOnly())
        .withPropagation(modes.propagation().orElse(Propagation.RPRIVATE))
        .withSelinux(modes.selinux())
        .withConsistency(modes.consistency())
        .withCreateHostPath(true);
  }

  private static Mount volume(
      String spec, String name, String target, MountModes modes, ParseContext context) {
    if (modes.propagation().isPresent()) {
      throw new MountSpecException(
          FLAG,
          spec,
          "propagation (\""
              + modes.propagation().get().word()
              + "\") applies to bind mounts, not to volume '"
              + name
              + "'",
          spec.lastIndexOf(modes.propagation().get().word()));
    }
    if (context.volumeDriver().equals(VolumeMount.LOCAL)) {
      String nameProblem = MountPaths.localNameProblem(name);
      if (nameProblem != null) {
        throw new MountSpecException(FLAG, spec, nameProblem, 0);
      }
    }
    return VolumeMount.named(name, MountPaths.clean(target))
        .readOnly(modes.readOnly())
        .noCopy(modes.noCopy())
        .selinux(modes.selinux().orElse(null))
        .driver(context.volumeDriver())
        .build();
  }

  private static MountSpecException invalid(String spec, String why) {
    return new MountSpecException(FLAG, spec, "invalid volume specification: " + why, -1);
  }
}
