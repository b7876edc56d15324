package dev.storagelab.docker.process;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserFile;
import dev.storagelab.docker.mounts.Sizes;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a process's settings, read as Docker reads them and refused where Docker refuses
 * them (or where a Kubernetes object could not say them: a port range).
 */
public final class ProcessValues {

  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  private static final Pattern USER = Pattern.compile("^[^:\\s]+(:[^:\\s]+)?$");

  private static final Pattern ENV_NAME = Pattern.compile("^[^=\\s]+$");

  /** The env file's largest size: a megabyte of variables is already no environment. */
  private static final int ENV_FILE_LIMIT = 1 << 20;

  private ProcessValues() {}

  /**
   * A {@code -p} spec or a compose port's short syntax.
   *
   * @throws InputException for a spec Docker refuses, or a range (one Kubernetes port each)
   */
  public static PortSpec published(String spec, String where) {
    String text = spec.strip();
    String protocol = "tcp";
    int slash = text.lastIndexOf('/');
    if (slash >= 0) {
      protocol = text.substring(slash + 1);
      text = text.substring(0, slash);
    }
    String ip = "";
    if (text.startsWith("[")) {
      int close = text.indexOf("]:");
      if (close < 0) {
        throw notAPort(spec, where);
      }
      ip = text.substring(1, close);
      text = text.substring(close + 2);
    }
    String[] parts = text.split(":", -1);
    if (!List.of("tcp", "udp", "sctp").contains(protocol)
        || parts.length > 3
        || (parts.length == 3 && !ip.isEmpty())) {
      throw notAPort(spec, where);
    }
    if (parts.length == 3) {
      ip = parts[0];
    }
    String host = parts.length >= 2 ? parts[parts.length - 2] : "";
    int container = port(parts[parts.length - 1], spec, where);
    return new PortSpec(container, protocol, ip, host.isEmpty() ? 0 : port(host, spec, where));
  }

  private static InputException notAPort(String spec, String where) {
    return new InputException(
        where + ": '" + spec + "' is not a port: give [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp].",
        spec);
  }

  /** An exposed port ({@code --expose}, compose {@code expose}): {@code PORT[/PROTO]}. */
  public static PortSpec exposed(String spec, String where) {
    String[] parts = spec.strip().split("/", 2);
    String protocol = parts.length == 2 ? parts[1] : "tcp";
    if (!List.of("tcp", "udp", "sctp").contains(protocol)) {
      throw new InputException(where + ": '" + spec + "' has no protocol Docker knows.", spec);
    }
    return new PortSpec(port(parts[0], spec, where), protocol, "", -1);
  }

  private static int port(String text, String spec, String where) {
    if (text.contains("-")) {
      throw new InputException(
          where
              + ": '"
              + spec
              + "' is a port range; a Kubernetes container port is one port: give each port.",
          spec);
    }
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new InputException(
          where + ": '" + spec + "' has a port out of 1 to 65535 ('" + text + "').", spec);
    }
  }

  /**
   * A duration as Go writes one ({@code 30s}, {@code 1m30s}, {@code 500ms}), as Docker takes it for
   * a healthcheck; at least a millisecond, as Docker requires.
   */
  public static Duration duration(String text, String where) {
    String value = text.strip();
    Matcher m = DURATION_PART.matcher(value);
    int at = 0;
    BigDecimal nanos = BigDecimal.ZERO;
    while (at < value.length() && m.find(at) && m.start() == at) {
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit(m.group(2)))));
      at = m.end();
    }
    if (value.isEmpty() || at != value.length()) {
      throw new InputException(
          where
              + ": '"
              + text
              + "' is not a duration: write it as Go does, e.g. 30s, 1m30s, 500ms.",
          text);
    }
    if (nanos.compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
      throw new InputException(
          where + ": '" + text + "' is shorter than 1ms, which Docker refuses.", text);
    }
    return Duration.ofNanos(nanos.longValue());
  }

  private static long unit(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "us", "µs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      default -> 3_600_000_000_000L;
    };
  }

  /** A healthcheck's retries: a positive whole number. */
  public static int retries(String text, String where) {
    try {
      int retries = Integer.parseInt(text.strip());
      if (retries >= 1) {
        return retries;
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new InputException(
        where + ": '" + text + "' is not a number of retries (1 or more).", text);
  }

  /** {@code USER[:GROUP]}: names or numbers, as Docker takes them. */
  public static String user(String text, String where) {
    if (!USER.matcher(text).matches()) {
      throw new InputException(
          where + ": '" + text + "' is not a user: give USER or USER:GROUP (names or numbers).",
          text);
    }
    return text;
  }

  /** A capability as Kubernetes names it: upper case, without {@code CAP_}. */
  public static String capability(String text, String where) {
    String name = text.strip().toUpperCase(Locale.ROOT);
    name = name.startsWith("CAP_") ? name.substring(4) : name;
    if (!name.matches("[A-Z_]+")) {
      throw new InputException(where + ": '" + text + "' is not a capability name.", text);
    }
    return name;
  }

  /** A restart policy Docker knows. */
  public static String restart(String text, String where) {
    String policy = text.strip();
    if (policy.matches("no|always|unless-stopped|on-failure(:\\d+)?")) {
      return policy;
    }
    throw new InputException(
        where
            + ": '"
            + text
            + "' is not a restart policy: no, always, unless-stopped or on-failure[:MAX].",
        text);
  }

  /** A memory limit in bytes ({@code 512m}, {@code 1g}). */
  public static long memory(String text, String where) {
    return Sizes.ramInBytes(text.strip())
        .orElseThrow(
            () ->
                new InputException(
                    where + ": '" + text + "' is not a memory size: e.g. 512m or 1g.", text));
  }

  /** CPUs as billionths ({@code 1.5} is 1,500,000,000). */
  public static long cpus(String text, String where) {
    try {
      BigDecimal cpus = new BigDecimal(text.strip());
      if (cpus.signum() > 0 && cpus.compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
        return cpus.movePointRight(9).longValue();
      }
    } catch (NumberFormatException e) {
      // Said below.
    }
    throw new InputException(
        where + ": '" + text + "' is not a number of CPUs, e.g. 0.5 or 2.", text);
  }

  /**
   * A {@code -e NAME=VALUE}, or {@code -e NAME} whose value is the caller's (left out when the
   * caller has none, as Docker leaves it out).
   */
  public static List<EnvVar> assignment(
      String text, Map<String, String> environment, String where) {
    int equals = text.indexOf('=');
    String name = equals < 0 ? text : text.substring(0, equals);
    if (name.isEmpty() || !ENV_NAME.matcher(name).matches()) {
      throw new InputException(
          where + ": '" + name + "' is not a variable name (no spaces, no '=', not empty).", text);
    }
    if (equals >= 0) {
      return List.of(new EnvVar(name, text.substring(equals + 1)));
    }
    String value = environment.get(name);
    return value == null ? List.of() : List.of(new EnvVar(name, value));
  }

  /**
   * An env file as {@code docker run --env-file} reads it: {@code NAME=VALUE} or {@code NAME} per
   * line, {@code #} comments and blank lines skipped, the name's leading spaces trimmed.
   */
  public static List<EnvVar> envFile(Path file, Map<String, String> environment) {
    String text = UserFile.readText(file, "env file", ENV_FILE_LIMIT);
    List<EnvVar> variables = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\\r?\\n", -1)) {
      number++;
      String trimmed = line.stripLeading();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      variables.addAll(assignment(trimmed, environment, file + " line " + number));
    }
    return variables;
  }
}
