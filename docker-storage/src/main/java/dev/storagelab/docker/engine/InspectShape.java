package dev.storagelab.docker.engine;

import dev.storagelab.docker.input.InputException;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Holds an inspect document from a file to the types the engine writes, field by field, before it
 * is read: a reader that took {@code "Tmpfs": 5} for "no tmpfs mounts" would answer with fewer
 * mounts than the container has, and exit 0.
 */
final class InspectShape {

  private static final String REWRITE =
      ": write the file again with 'docker inspect CONTAINER > FILE'";

  private InspectShape() {}

  /**
   * Checks every field the reader takes.
   *
   * @throws InputException naming the first field of the wrong type
   */
  static void check(JsonNode container) {
    object(container.path("HostConfig"), "HostConfig");
    array(container.path("Mounts"), "Mounts");
    int i = 0;
    for (JsonNode mount : container.path("Mounts")) {
      String at = "Mounts[" + i++ + "]";
      object(mount, at);
      strings(mount, at, "Type", "Name", "Source", "Destination", "Driver", "Mode", "Propagation");
      bool(mount.path("RW"), at + ".RW");
    }
    JsonNode hostConfig = container.path("HostConfig");
    array(hostConfig.path("Binds"), "HostConfig.Binds");
    i = 0;
    for (JsonNode bind : hostConfig.path("Binds")) {
      string(bind, "HostConfig.Binds[" + i++ + "]");
    }
    array(hostConfig.path("Mounts"), "HostConfig.Mounts");
    i = 0;
    for (JsonNode mount : hostConfig.path("Mounts")) {
      String at = "HostConfig.Mounts[" + i++ + "]";
      object(mount, at);
      strings(mount, at, "Type", "Source", "Target");
    }
    object(hostConfig.path("Tmpfs"), "HostConfig.Tmpfs");
    hostConfig
        .path("Tmpfs")
        .forEachEntry((target, options) -> string(options, "HostConfig.Tmpfs." + target));
    object(container.path("Config").path("Labels"), "Config.Labels");
  }

  private static void strings(JsonNode object, String at, String... fields) {
    for (String field : fields) {
      string(object.path(field), at + "." + field);
    }
  }

  private static void object(JsonNode node, String at) {
    expect(node, at, JsonNode::isObject, "an object");
  }

  private static void array(JsonNode node, String at) {
    expect(node, at, JsonNode::isArray, "a list");
  }

  private static void string(JsonNode node, String at) {
    expect(node, at, JsonNode::isString, "a string");
  }

  private static void bool(JsonNode node, String at) {
    expect(node, at, JsonNode::isBoolean, "true or false");
  }

  private static void expect(JsonNode node, String at, Predicate<JsonNode> is, String expected) {
    if (!absent(node) && !is.test(node)) {
      throw wrong(at, node, expected);
    }
  }

  /** Docker writes {@code null} for an empty list or map, and older engines leave fields out. */
  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private static InputException wrong(String at, JsonNode node, String expected) {
    String shown = node.toString();
    return new InputException(
        "In the inspect file, "
            + at
            + " is "
            + InputException.quote(shown)
            + ", not "
            + expected
            + REWRITE,
        shown);
  }
}
