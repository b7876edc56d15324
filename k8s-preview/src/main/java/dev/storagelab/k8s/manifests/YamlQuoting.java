package dev.storagelab.k8s.manifests;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a string must be quoted, and which characters must be escaped, so that every YAML reader
 * Kubernetes tooling uses reads it back as the same string. kubectl reads YAML 1.1 (where {@code
 * yes}, {@code on} and {@code 0755} are not strings, and NEL, LS and PS break lines), other tools
 * YAML 1.2: a string either could take for something else is quoted.
 */
final class YamlQuoting {

  private static final Set<String> WORDS =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
          "~", "<<", "=");

  private static final Pattern NUMBER_OR_TIME =
      Pattern.compile(
          String.join(
              "|",
              "[-+]?[0-9][0-9_]*",
              "[-+]?0[xX][0-9a-fA-F_]+",
              "[-+]?0o[0-7_]+",
              "[-+]?0b[01_]+",
              "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?",
              "[-+]?(\\.[0-9_]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?",
              "[-+]?\\.(inf|Inf|INF)",
              "\\.(nan|NaN|NAN)",
              "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"));

  /** Characters that may open a plain scalar and stay plain in block context. */
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9_./()$^+=][A-Za-z0-9_./()$^+=,;@~ :-]*");

  private YamlQuoting() {}

  /**
   * Whether {@code value} must be double-quoted, whatever style the emitter would pick: it holds a
   * character that must be escaped, which only double quotes can do.
   */
  static boolean needsEscapes(String value) {
    return value.chars().anyMatch(YamlQuoting::mustEscape);
  }

  /**
   * Whether a character must never appear raw in a manifest: a control character (a raw CR in a
   * block scalar reads back as LF), DEL, a C1 control, the byte-order mark, or a line or paragraph
   * separator. YAML 1.1 readers, kubectl's among them, break lines at NEL, LS and PS, where YAML
   * 1.2 readers do not; and neither allows DEL or a BOM inside a document.
   */
  static boolean mustEscape(int c) {
    return (c < 0x20 && c != '\t' && c != '\n')
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x2028
        || c == 0x2029
        || c == 0xfeff;
  }

  /** A character's escape, as a double-quoted scalar reads it and as a comment shows it. */
  static String escape(int c) {
    return c <= 0xff ? String.format("\\x%02x", c) : String.format("\\u%04x", c);
  }

  /** Whether {@code value} must be quoted. */
  static boolean needsQuotes(String value) {
    return value.isEmpty()
        || WORDS.contains(value)
        || NUMBER_OR_TIME.matcher(value).matches()
        || !PLAIN.matcher(value).matches()
        || value.endsWith(" ")
        || value.endsWith(":")
        || value.contains(": ")
        || value.contains(" #");
  }
}
