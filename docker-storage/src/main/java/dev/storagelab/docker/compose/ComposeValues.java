package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.MountSpecException;
import dev.storagelab.docker.mounts.TmpfsMount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The typed values of a compose file, each checked against the type the compose specification gives
 * it and interpolated: a value of the wrong type is refused with its path, never read as something
 * else.
 */
final class ComposeValues {

  /** What compose takes for a boolean once interpolated, as YAML 1.1 spells them. */
  private static final Set<String> TRUE = Set.of("true", "yes", "y", "on");

  private static final Set<String> FALSE = Set.of("false", "no", "n", "off");

  private final Interpolation interpolation;

  ComposeValues(Interpolation interpolation) {
    this.interpolation = interpolation;
  }

  /** A mapping, or an empty one when the key is absent or null. */
  JsonNode mapping(JsonNode node, String where) {
    if (absent(node) || node.isObject()) {
      return node;
    }
    throw wrongType(where, "a mapping", node);
  }

  /** A sequence, or an empty one when the key is absent or null. */
  List<JsonNode> sequence(JsonNode node, String where) {
    if (absent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      throw wrongType(where, "a list", node);
    }
    return node.valueStream().toList();
  }

  /** A scalar as text, interpolated; empty when absent. */
  String text(JsonNode node, String where) {
    if (absent(node)) {
      return "";
    }
    if (node.isContainer()) {
      throw wrongType(where, "a single value", node);
    }
    return interpolation.apply(node.asString(""), where);
  }

  /** A boolean: YAML's own, or text that is one after interpolation. */
  boolean bool(JsonNode node, String where) {
    if (absent(node)) {
      return false;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    String value = text(node, where).toLowerCase(Locale.ROOT);
    if (TRUE.contains(value)) {
      return true;
    }
    if (FALSE.contains(value)) {
      return false;
    }
    throw wrongType(where, "true or false", node);
  }

  /**
   * {@code external}: a boolean, or (the older form) a mapping that names the volume, which means
   * true.
   */
  boolean external(JsonNode node, String where) {
    return node.isObject() || bool(node, where);
  }

  /**
   * {@code driver_opts} and {@code labels}: a mapping of values, or a list of {@code KEY=VALUE}.
   */
  Map<String, String> strings(JsonNode node, String where, boolean listAllowed) {
    Map<String, String> map = new LinkedHashMap<>();
    if (listAllowed && node.isArray()) {
      for (JsonNode item : node) {
        String[] pair = text(item, where).split("=", 2);
        map.put(pair[0], pair.length > 1 ? pair[1] : "");
      }
      return map;
    }
    mapping(node, where).forEachEntry((key, value) -> map.put(key, text(value, where + "." + key)));
    return map;
  }

  /** A tmpfs size: whole bytes (a number), or a size with a unit ({@code 64m}). */
  OptionalLong size(JsonNode node, String where) {
    if (absent(node)) {
      return OptionalLong.empty();
    }
    if (node.isNumber()) {
      if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
        throw new MountSpecException(
            where, node.toString(), "must be a whole number of bytes from 0 to 2^63-1", -1);
      }
      return OptionalLong.of(node.asLong());
    }
    String text = text(node, where);
    OptionalLong bytes = TmpfsMount.parseSize(text);
    if (bytes.isEmpty()) {
      throw new MountSpecException(
          where, text, "is not a size (bytes, or a number with k, m, g; below 8 EiB)", -1);
    }
    return bytes;
  }

  /** A file mode: a number (YAML 1.1 reads {@code 0755} as octal), or octal text. */
  OptionalInt mode(JsonNode node, String where) {
    if (absent(node)) {
      return OptionalInt.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToInt() && inRange(node.asInt())) {
      return OptionalInt.of(node.asInt());
    }
    String text = text(node, where);
    try {
      int mode = Integer.parseInt(text.startsWith("0o") ? text.substring(2) : text, 8);
      if (inRange(mode)) {
        return OptionalInt.of(mode);
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw new MountSpecException(where, text, "is not a file mode (octal, 0 to 07777)", -1);
  }

  private static boolean inRange(int mode) {
    return mode >= 0 && mode <= 07777;
  }

  static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private static InputException wrongType(String where, String expected, JsonNode node) {
    String found =
        node.isObject()
            ? "a mapping"
            : node.isArray() ? "a list" : InputException.quote(node.asString(node.toString()));
    return new InputException(where + " must be " + expected + ", not " + found, node.toString());
  }
}
