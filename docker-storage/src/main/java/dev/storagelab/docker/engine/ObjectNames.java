package dev.storagelab.docker.engine;

import dev.storagelab.docker.input.InputException;
import java.util.regex.Pattern;

/**
 * The names the engine gives containers and volumes. A name goes into a request's path only after
 * it is checked here: {@code .}, {@code x/..} or {@code ../containers/json} would otherwise name
 * another endpoint, and its answer would be read as the object asked for.
 */
public final class ObjectNames {

  /** The engine's container names (with an optional leading {@code /}) and ID prefixes. */
  private static final Pattern CONTAINER = Pattern.compile("/?[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  /** The engine's volume names. */
  private static final Pattern VOLUME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  /**
   * Docker's image references ({@code distribution/reference}): an optional registry host and port,
   * lowercase path components, an optional tag, an optional digest; or an image ID, whole ({@code
   * sha256:...}) or a hex prefix.
   */
  private static final Pattern IMAGE =
      Pattern.compile(
          "(([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*"
              + "(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
              + "(@sha256:[0-9a-f]{64})?)|sha256:[0-9a-f]{1,64}");

  private ObjectNames() {}

  /**
   * An image's reference or ID.
   *
   * @throws InputException when no image can have it
   */
  public static String image(String name) {
    return check(
        name,
        IMAGE,
        "image",
        "a reference to an image (name[:tag], lowercase, as docker images lists it) or an image ID");
  }

  /**
   * A container's name or ID.
   *
   * @throws InputException when no container can have it
   */
  public static String container(String name) {
    return check(
        name,
        CONTAINER,
        "container",
        "a container name or ID: letters, digits, '_', '.' and '-', starting with a letter or digit");
  }

  /**
   * A volume's name.
   *
   * @throws InputException when no volume can have it
   */
  public static String volume(String name) {
    return check(
        name,
        VOLUME,
        "volume",
        "a volume name: letters, digits, '_', '.' and '-', starting with a letter or digit");
  }

  private static String check(String name, Pattern pattern, String kind, String rule) {
    if (name.isEmpty()) {
      throw new InputException("The " + kind + " name is empty: give " + rule.substring(2), name);
    }
    if (!pattern.matcher(name).matches()) {
      throw new InputException(InputException.quote(name) + " is not " + rule + ".", name);
    }
    return name;
  }
}
