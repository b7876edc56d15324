package dev.storagelab.docker.mounts;

import java.util.OptionalLong;

/**
 * What the engine knows of a named volume that exists.
 *
 * @param mountpoint where the volume's data lives on the engine's host, e.g. {@code
 *     /var/lib/docker/volumes/data/_data}
 * @param sizeBytes its size on disk, when the engine measured it
 */
public record VolumeState(String mountpoint, OptionalLong sizeBytes) {}
