package dev.storagelab.k8s.manifests;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.k8s.bridge.BridgePlan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one writer of a plan's files: one manifest per object, named so that {@code kubectl apply -f
 * DIR} (which takes files in name order) creates storage classes and secrets, then volumes, claims
 * and workloads; and {@code MAPPING.md} beside them.
 *
 * <p>Everything is checked before anything is written, and then all files are written or none: they
 * are staged in a fresh sibling folder and moved into place, {@code MAPPING.md} last, so that a set
 * without its {@code MAPPING.md} is recognisably incomplete. Manifests are shared, so they are
 * readable by all (0644); a Secret is not (0600).
 */
public final class ManifestWriter {

  /** The index of a written set, written last. */
  public static final String MAPPING = "MAPPING.md";

  private static final Map<String, String> ORDER =
      Map.of(
          "StorageClass", "00",
          "Secret", "05",
          "ConfigMap", "05",
          "PersistentVolume", "10",
          "PersistentVolumeClaim", "20",
          "Pod", "30",
          "Deployment", "30",
          "StatefulSet", "30");

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
   * Writes every manifest of the plan and its {@code MAPPING.md}.
   *
   * @param force overwrite files that exist
   * @return the files written: the manifests in apply order, then {@code MAPPING.md}
   * @throws FileExistsException when a file exists and {@code force} is off; nothing is written
   * @throws ManifestWriteException when the folder cannot take the files; nothing is written
   */
  public static List<Path> write(Path dir, BridgePlan plan, boolean force) {
    Map<String, FileContent> files = new LinkedHashMap<>();
    plan.manifests().stream()
        .sorted((a, b) -> fileName(a.object()).compareTo(fileName(b.object())))
        .forEach(
            m ->
                files.put(
                    fileName(m.object()),
                    new FileContent(ManifestYaml.write(m), m.object() instanceof Secret)));
    files.put(MAPPING, new FileContent(MappingReport.markdown(plan), false));
    new StagedWrite(dir.toAbsolutePath().normalize(), files).run(force);
    List<Path> written = new ArrayList<>();
    files.keySet().forEach(name -> written.add(dir.resolve(name)));
    return written;
  }

  /**
   * Text for one file.
   *
   * @param text what the file holds
   * @param secret whether only its owner may read it
   */
  record FileContent(String text, boolean secret) {}

  /** Files that exist already; the message says how to overwrite them. */
  public static final class FileExistsException extends InputException {

    private static final long serialVersionUID = 1L;

    FileExistsException(List<Path> existing) {
      super(
          existing.size()
              + " file(s) exist already, e.g. "
              + existing.get(0)
              + ": nothing was written. Use --force to overwrite, or --out to write elsewhere.",
          existing.get(0).toString());
    }
  }

  /** The files could not be written: the message says where and why; nothing was left behind. */
  public static final class ManifestWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ManifestWriteException(String message, IOException cause) {
      super(message, cause);
    }

    ManifestWriteException(String message) {
      super(message);
    }
  }
}
