package dev.storagelab.k8s.manifests;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A folder of manifests, as {@code k8s generate} writes one: what {@code k8s apply} reads. */
public final class ManifestFolder {

  private ManifestFolder() {}

  /**
   * Every {@code .yaml} manifest of the folder, in file-name order.
   *
   * @throws InputException when it is no folder, holds no manifest, or a file is not one
   */
  public static List<Manifest> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          dir + " is not a folder: give the folder k8s generate wrote.", dir.toString());
    }
    List<Manifest> manifests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        manifests.add(new Manifest(readOne(file), List.of()));
      }
    } catch (IOException e) {
      throw new InputException("Cannot read " + dir + ": " + e.getMessage(), dir.toString());
    }
    if (manifests.isEmpty()) {
      throw new InputException(dir + " holds no .yaml manifests.", dir.toString());
    }
    return manifests;
  }

  private static HasMetadata readOne(Path file) {
    try {
      return ManifestYaml.read(Files.readString(file));
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          file + " is not a Kubernetes manifest storage-lab can read: " + e.getMessage(),
          file.toString());
    }
  }
}
