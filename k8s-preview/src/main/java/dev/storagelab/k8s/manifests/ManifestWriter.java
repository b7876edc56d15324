package dev.storagelab.k8s.manifests;

import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes manifests into a folder, one file per object, named so that {@code kubectl apply -f DIR}
 * (which takes files in name order) creates storage classes, then volumes, claims and workloads.
 * Each file is written to a temporary file and moved into place; nothing is written when any file
 * exists already, unless forced.
 */
public final class ManifestWriter {

  private static final Map<String, String> ORDER =
      Map.of(
          "StorageClass",
          "00",
          "PersistentVolume",
          "10",
          "PersistentVolumeClaim",
          "20",
          "Pod",
          "30",
          "Deployment",
          "30");

  private ManifestWriter() {}

  /** The file name of a manifest, e.g. {@code 20-persistentvolumeclaim-data-volume.yaml}. */
  public static String fileName(HasMetadata object) {
    String kind = object.getKind();
    return ORDER.getOrDefault(kind, "40")
        + "-"
        + kind.toLowerCase(Locale.ROOT)
        + "-"
        + object.getMetadata().getName()
        + ".yaml";
  }

  /**
   * Writes every manifest.
   *
   * @param force overwrite files that exist
   * @return the files written, in apply order
   * @throws FileExistsException when a file exists and {@code force} is off; nothing is written
   */
  public static List<Path> write(Path dir, List<Manifest> manifests, boolean force) {
    List<Path> files = new ArrayList<>();
    for (Manifest manifest : manifests) {
      files.add(dir.resolve(fileName(manifest.object())));
    }
    List<Path> existing = files.stream().filter(Files::exists).toList();
    if (!force && !existing.isEmpty()) {
      throw new FileExistsException(existing);
    }
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < manifests.size(); i++) {
        Path temp = Files.createTempFile(dir, ".storage-lab-", ".tmp");
        Files.writeString(temp, ManifestYaml.write(manifests.get(i)));
        try {
          Files.move(
              temp,
              files.get(i),
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, files.get(i), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write manifests to " + dir + ": " + e.getMessage(), e);
    }
    return files.stream().sorted().toList();
  }

  /** Files that exist already; the message says how to overwrite them. */
  public static final class FileExistsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    FileExistsException(List<Path> existing) {
      super(
          existing.size()
              + " manifest file(s) exist already, e.g. "
              + existing.get(0)
              + ": nothing was written. Use --force to overwrite, or --out to write elsewhere.");
    }
  }
}
