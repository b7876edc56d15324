package dev.storagelab.k8s.naming;

import dev.storagelab.docker.input.Sha256;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Kubernetes names for Docker names: valid DNS-1123 labels (lower-case letters, digits and {@code
 * -}, at most 63 characters, starting and ending alphanumeric), the same every time for the same
 * Docker name, and distinct for distinct Docker names. A name that had to change carries a short
 * hash of the original, so two Docker names never meet in one Kubernetes name.
 */
public final class KubeNames {

  private final Map<String, String> taken = new HashMap<>();

  /** The DNS-1123 label for a Docker name, the same for the same input. */
  public static String label(String dockerName) {
    String lower = dockerName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    String trimmed = lower.replaceAll("^-+", "").replaceAll("-+$", "");
    if (!trimmed.isEmpty() && trimmed.equals(dockerName) && trimmed.length() <= 63) {
      return trimmed;
    }
    String base = trimmed.isEmpty() ? "x" : trimmed;
    String shortened = base.length() > 56 ? base.substring(0, 56).replaceAll("-+$", "") : base;
    return shortened + "-" + hash(dockerName);
  }

  /**
   * A label for a Docker name, unique among the names this book gave out for one kind of object: a
   * second Docker name that lands on a taken label gets its hash appended.
   */
  public String unique(String dockerName, String suffix) {
    String candidate = withSuffix(label(dockerName), suffix);
    String owner = taken.putIfAbsent(candidate, dockerName);
    if (owner == null || owner.equals(dockerName)) {
      return candidate;
    }
    String distinct =
        withSuffix(
            label(dockerName).replaceAll("-[0-9a-f]{6}$", "") + "-" + hash(dockerName), suffix);
    taken.put(distinct, dockerName);
    return distinct;
  }

  private static String withSuffix(String label, String suffix) {
    if (suffix.isEmpty()) {
      return label;
    }
    String room =
        label.length() + suffix.length() + 1 > 63
            ? label.substring(0, 62 - suffix.length()).replaceAll("-+$", "")
            : label;
    return room + "-" + suffix;
  }

  private static String hash(String text) {
    return Sha256.hex(text).substring(0, 6);
  }
}
