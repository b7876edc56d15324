package dev.storagelab.docker.mounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads {@code --mount} specs: CSV fields of {@code key=value}, read with the docker CLI's rules,
 * then checked with the engine's rules for the mount's type.
 */
public final class MountFlag {

  private static final String FLAG = "--mount";

  private MountFlag() {}

  /**
   * Reads one {@code --mount} spec.
   *
   * @throws MountSpecException when Docker would refuse it
   */
  public static Mount parse(String spec, ParseContext context) {
    Fields fields = new Fields(spec);
    for (String field : CsvFields.split(FLAG, spec)) {
      fields.read(field, context);
    }
    return fields.toMount(context);
  }

  /** The fields read so far, checked against each other once all are in. */
  private static final class Fields {
    private final String spec;
    private String type = "volume";
    private String source = "";
    private String target = "";
    private boolean readOnly;
    private Optional<Consistency> consistency = Optional.empty();
    private String volumeOption;
    private String bindOption;
    private String tmpfsOption;
    private boolean noCopy;
    private String driver = VolumeMount.LOCAL;
    private final Map<String, String> driverOptions = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String subpath;
    private String propagation = "";
    private BindMount.Recursion recursion = BindMount.Recursion.ENABLED;
    private OptionalLong sizeBytes = OptionalLong.empty();
    private OptionalInt mode = OptionalInt.empty();

    Fields(String spec) {
      this.spec = spec;
    }

    void read(String field, ParseContext context) {
      int equals = field.indexOf('=');
      String key = (equals < 0 ? field : field.substring(0, equals)).toLowerCase(Locale.ROOT);
      if (equals < 0) {
        readFlag(key, field);
        return;
      }
      String value = field.substring(equals + 1);
      switch (key) {
        case "type" -> type = value.toLowerCase(Locale.ROOT);
        case "source", "src" -> source = relative(value, context);
        case "target", "dst", "destination" -> target = value;
        case "readonly", "ro" -> readOnly = bool(key, value);
        case "consistency" -> consistency = Consistency.of(value.toLowerCase(Locale.ROOT));
        case "bind-propagation" -> {
          bindOption = key;
          propagation = value.toLowerCase(Locale.ROOT);
        }
        case "bind-nonrecursive" -> {
          bindOption = key;
          recursion = bool(key, value) ? BindMount.Recursion.DISABLED : BindMount.Recursion.ENABLED;
        }
        case "bind-recursive" -> {
          bindOption = key;
          recursion = recursion(value);
        }
        case "volume-subpath" -> {
          volumeOption = key;
          subpath = value;
        }
        case "volume-nocopy" -> {
          volumeOption = key;
          noCopy = bool(key, value);
        }
        case "volume-label" -> {
          volumeOption = key;
          putPair(labels, value);
        }
        case "volume-driver" -> {
          volumeOption = key;
          driver = value;
        }
        case "volume-opt" -> {
          volumeOption = key;
          putPair(driverOptions, value);
        }
        case "tmpfs-size" -> {
          tmpfsOption = key;
          sizeBytes = OptionalLong.of(size(key, value));
        }
        case "tmpfs-mode" -> {
          tmpfsOption = key;
          mode = OptionalInt.of(octal(key, value));
        }
        default -> throw fail("unknown key '" + key + "' in '" + field + "'", field);
      }
    }

    private void readFlag(String key, String field) {
      switch (key) {
        case "readonly", "ro" -> readOnly = true;
        case "volume-nocopy" -> {
          volumeOption = key;
          noCopy = true;
        }
        case "bind-nonrecursive" -> {
          bindOption = key;
          recursion = BindMount.Recursion.DISABLED;
        }
        default -> throw fail("'" + field + "' must be a key=value pair", field);
      }
    }

    Mount toMount(ParseContext context) {
      if (target.isEmpty()) {
        throw fail("target is required (target=/path/in/container)", null);
      }
      checkOptionsMatchType();
      String targetProblem = MountPaths.targetProblem(target);
      if (targetProblem != null) {
        throw fail(targetProblem, "target");
      }
      return switch (type) {
        case "volume" -> volume(context);
        case "bind" -> bind(context);
        case "tmpfs" -> tmpfs();
        default -> throw fail("unknown mount type '" + type + "' (volume, bind or tmpfs)", "type");
      };
    }

    private void checkOptionsMatchType() {
      if (volumeOption != null && !type.equals("volume")) {
        throw fail(
            "'" + volumeOption + "' is a volume option; it does not mix with type=" + type,
            volumeOption);
      }
      if (bindOption != null && !type.equals("bind")) {
        throw fail(
            "'" + bindOption + "' is a bind option; it does not mix with type=" + type, bindOption);
      }
      if (tmpfsOption != null && !type.equals("tmpfs")) {
        throw fail(
            "'" + tmpfsOption + "' is a tmpfs option; it does not mix with type=" + type,
            tmpfsOption);
      }
      boolean strictRecursion =
          recursion == BindMount.Recursion.WRITABLE || recursion == BindMount.Recursion.READONLY;
      if (strictRecursion && !readOnly) {
        throw fail(
            "bind-recursive=" + recursion.word() + " needs 'readonly' too", "bind-recursive");
      }
      if (recursion == BindMount.Recursion.READONLY && !propagation.equals("rprivate")) {
        throw fail(
            "bind-recursive=readonly needs 'bind-propagation=rprivate' too", "bind-recursive");
      }
    }

    private Mount volume(ParseContext context) {
      if (source.isEmpty() && readOnly) {
        throw fail("an anonymous volume (no source) cannot be read-only", "readonly");
      }
      if (!source.isEmpty() && driver.equals(VolumeMount.LOCAL)) {
        String nameProblem = MountPaths.localNameProblem(source);
        if (nameProblem != null) {
          throw fail(nameProblem, "src");
        }
      }
      return VolumeMount.named(source.isEmpty() ? null : source, MountPaths.clean(target))
          .readOnly(readOnly)
          .noCopy(noCopy)
          .driver(driver)
          .driverOptions(driverOptions)
          .labels(labels)
          .subpath(subpath)
          .build();
    }

    private Mount bind(ParseContext context) {
      if (source.isEmpty()) {
        throw fail("a bind mount needs a source (src=/host/path)", null);
      }
      Optional<Propagation> bindPropagation = Propagation.of(propagation);
      if (!propagation.isEmpty() && bindPropagation.isEmpty()) {
        throw fail(
            "'"
                + propagation
                + "' is not a propagation (private, rprivate, shared, rshared, slave, rslave)",
            "bind-propagation");
      }
      if (!source.startsWith("/")) {
        throw fail("the source '" + source + "' must be an absolute path", "src");
      }
      if (context.checkHostPaths() && !Files.exists(Path.of(source))) {
        throw fail(
            "bind source path does not exist: " + source + " (--mount never creates it; -v would)",
            "src");
      }
      return BindMount.of(MountPaths.clean(source), MountPaths.clean(target))
          .withReadOnly(readOnly)
          .withPropagation(bindPropagation.orElse(Propagation.RPRIVATE))
          .withConsistency(consistency)
          .withRecursion(recursion);
    }

    private Mount tmpfs() {
      if (!source.isEmpty()) {
        throw fail("a tmpfs takes no source", "src");
      }
      return new TmpfsMount(MountPaths.clean(target), readOnly, sizeBytes, mode, List.of());
    }

    private static String relative(String value, ParseContext context) {
      return value.equals(".") || value.startsWith("./")
          ? MountPaths.clean(context.workingDir().resolve(value).toString())
          : value;
    }

    private boolean bool(String key, String value) {
      return switch (value) {
        case "1", "t", "T", "true", "TRUE", "True" -> true;
        case "0", "f", "F", "false", "FALSE", "False" -> false;
        default ->
            throw fail("invalid value for " + key + ": '" + value + "' (true or false)", key);
      };
    }

    private BindMount.Recursion recursion(String value) {
      for (BindMount.Recursion r : BindMount.Recursion.values()) {
        if (r.word().equals(value)) {
          return r;
        }
      }
      throw fail(
          "invalid value for bind-recursive: '"
              + value
              + "' (enabled, disabled, writable or readonly)",
          "bind-recursive");
    }

    private long size(String key, String value) {
      OptionalLong bytes = Sizes.ramInBytes(value);
      if (bytes.isEmpty()) {
        throw fail(
            "invalid value for "
                + key
                + ": '"
                + value
                + "' (bytes, or a number with k, m, g, t or p)",
            key);
      }
      return bytes.getAsLong();
    }

    /**
     * An octal mode as the docker CLI reads it ({@code strconv.ParseUint(value, 8, 32)}): digits 0
     * to 7 only, so no sign, and at most 32 bits.
     */
    private int octal(String key, String value) {
      if (!value.matches("[0-7]{1,11}") || Long.parseLong(value, 8) > 0xFFFFFFFFL) {
        throw fail(
            "invalid value for " + key + ": '" + value + "' (an octal mode such as 1777)", key);
      }
      return (int) Long.parseLong(value, 8);
    }

    private static void putPair(Map<String, String> map, String pair) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (!key.isEmpty()) {
        map.put(key, equals < 0 ? "" : pair.substring(equals + 1));
      }
    }

    private MountSpecException fail(String reason, String near) {
      int position = near == null ? -1 : spec.indexOf(near);
      return new MountSpecException(FLAG, spec, reason, position);
    }
  }
}
