package dev.storagelab.docker.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container, volume, network or image on the engine, as far as ownership needs to know it.
 *
 * @param kind what sort of object it is
 * @param id the engine's ID (a volume's name is its ID)
 * @param names the names it goes by: a container's name, an image's tags
 * @param labels its labels
 */
public record EngineObject(Kind kind, String id, List<String> names, Map<String, String> labels) {

  /** The kinds of object the toolkit creates. */
  public enum Kind {
    /** A container. */
    CONTAINER,
    /** A volume. */
    VOLUME,
    /** A network. */
    NETWORK,
    /** An image. */
    IMAGE;

    /** The lower-case word used in labels, output and {@code docker} commands. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public EngineObject {
    names = List.copyOf(names);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The name a person knows it by: the first name, or the ID when it has none. */
  public String displayName() {
    return names.isEmpty() ? id : names.get(0);
  }
}
