package dev.storagelab.docker.volumes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A volume as the engine reports it.
 *
 * @param name its name
 * @param driver its driver, e.g. {@code local}
 * @param options the driver options it was created with
 * @param labels its labels
 * @param mountpoint where its data lives on the engine's host
 * @param sizeBytes its size on disk, when the engine measured it
 * @param createdAt when it was created, as the engine says (RFC 3339)
 */
public record VolumeInfo(
    String name,
    String driver,
    Map<String, String> options,
    Map<String, String> labels,
    String mountpoint,
    OptionalLong sizeBytes,
    String createdAt) {

  public VolumeInfo {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }
}
