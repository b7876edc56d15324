package dev.storagelab.docker.layers;

/**
 * One layer of an image, in stack order.
 *
 * @param index its place, from 0 at the bottom, as in {@code .RootFS.Layers}
 * @param digest its diff ID ({@code sha256:...} of the uncompressed tar)
 * @param instruction the build step that made it, from the image's history, or {@code (missing)}
 * @param contents what its tar holds
 */
public record ImageLayer(int index, String digest, String instruction, LayerContents contents) {}
