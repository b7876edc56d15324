package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.compose.ProjectedFile;
import dev.storagelab.docker.compose.ProjectedFile.Kind;
import dev.storagelab.docker.compose.ProjectedFile.Origin;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compose secrets and configs as Secret and ConfigMap volumes, each file at the same path. A
 * secret's value is never written: its Secret holds a placeholder beside the {@code kubectl}
 * command that creates the real one, as the credential rule says.
 */
final class FileMapper {

  private final BridgeOptions options;
  private final KubeNames objectNames = new KubeNames();
  private final Map<String, Source> made = new HashMap<>();
  private final List<Manifest> manifests = new ArrayList<>();

  FileMapper(BridgeOptions options) {
    this.options = options;
  }

  /** The Secrets and ConfigMaps made so far. */
  List<Manifest> manifests() {
    return manifests;
  }

  MountPlan map(String workload, ProjectedFile file, KubeNames podVolumes) {
    Source source = made.computeIfAbsent(file.kind() + ":" + file.key(), k -> source(file));
    String dataKey = dataKey(file.key());
    KeyToPath item =
        new KeyToPathBuilder()
            .withKey(dataKey)
            .withPath(dataKey)
            .withMode(file.mode().isPresent() ? file.mode().getAsInt() : null)
            .build();
    String volumeName = podVolumes.unique(word(file.kind()) + "-" + file.key(), "");
    VolumeBuilder volume = new VolumeBuilder().withName(volumeName);
    Volume built =
        file.kind() == Kind.SECRET
            ? volume
                .withNewSecret()
                .withSecretName(source.name())
                .withItems(item)
                .endSecret()
                .build()
            : volume
                .withNewConfigMap()
                .withName(source.name())
                .withItems(item)
                .endConfigMap()
                .build();
    String reason =
        "a compose "
            + word(file.kind())
            + " is a read-only file: a "
            + kindOf(file.kind())
            + " volume mounted at the same path (subPath "
            + dataKey
            + ")"
            + (file.mode().isPresent()
                ? ", mode " + Integer.toOctalString(file.mode().getAsInt())
                : "")
            + "; "
            + source.why();
    return new MountPlan(
        built,
        new VolumeMountBuilder()
            .withName(volumeName)
            .withMountPath(file.target())
            .withSubPath(dataKey)
            .withReadOnly(true)
            .build(),
        new MappingRow(
            workload,
            file.kind().section() + ": " + file.key() + " → " + file.target(),
            kindOf(file.kind()) + " " + source.name() + " (key " + dataKey + ")",
            reason,
            source.warnings()),
        false);
  }

  private Source source(ProjectedFile file) {
    String kind = kindOf(file.kind());
    String key = dataKey(file.key());
    if (file.origin() == Origin.EXTERNAL) {
      String name = KubeNames.label(file.from());
      return new Source(
          name,
          "external in compose: refers to the " + kind + " " + name + ", which must exist",
          List.of(
              "the external "
                  + word(file.kind())
                  + " "
                  + file.from()
                  + " is not written: create the "
                  + kind
                  + " "
                  + name
                  + " in namespace "
                  + options.namespace()
                  + " before the pod starts"));
    }
    String name = objectNames.unique(file.key(), "");
    if (file.kind() == Kind.CONFIG && file.origin() == Origin.CONTENT) {
      add(
          new ConfigMapBuilder()
              .withMetadata(meta(name, file.key()))
              .addToData(key, file.from())
              .build(),
          List.of(
              "From Docker: config " + file.key() + " (content in the compose file).",
              "Why: a config's content is not secret: it is written here as it is."));
      return new Source(name, "the content is in the ConfigMap", List.of());
    }
    String create =
        "kubectl create "
            + (file.kind() == Kind.SECRET ? "secret generic " : "configmap ")
            + name
            + " -n "
            + options.namespace()
            + (file.origin() == Origin.FILE
                ? " --from-file=" + key + "=" + file.from()
                : " --from-literal=" + key + "=\"$" + file.from() + "\"");
    String from =
        file.origin() == Origin.FILE ? "the file " + file.from() : "the variable " + file.from();
    HasMetadata object =
        file.kind() == Kind.SECRET
            ? new SecretBuilder()
                .withMetadata(meta(name, file.key()))
                .withType("Opaque")
                .addToStringData(key, CredentialSecret.PLACEHOLDER)
                .build()
            : new ConfigMapBuilder()
                .withMetadata(meta(name, file.key()))
                .addToData(key, CredentialSecret.PLACEHOLDER)
                .build();
    add(
        object,
        List.of(
            "From Docker: " + word(file.kind()) + " " + file.key() + " (from " + from + ").",
            "Why: its value is never copied into a manifest: this "
                + kind
                + " holds a placeholder. Skip this file and create the real one with: "
                + create));
    return new Source(
        name,
        "the " + kind + " holds a placeholder; create the real one with: " + create,
        List.of("the " + kind + " " + name + " holds a placeholder: create it with " + create));
  }

  private void add(HasMetadata object, List<String> comment) {
    manifests.add(new Manifest(object, comment));
  }

  private io.fabric8.kubernetes.api.model.ObjectMeta meta(String name, String key) {
    return Meta.of(name, options.namespace(), key, null);
  }

  /** A key a Secret or ConfigMap accepts ({@code [-._a-zA-Z0-9]+}). */
  private static String dataKey(String composeKey) {
    return composeKey.matches("[-._a-zA-Z0-9]+") ? composeKey : KubeNames.label(composeKey);
  }

  private static String word(Kind kind) {
    return kind == Kind.SECRET ? "secret" : "config";
  }

  private static String kindOf(Kind kind) {
    return kind == Kind.SECRET ? "Secret" : "ConfigMap";
  }

  /**
   * The object a file's content comes from.
   *
   * @param name its name
   * @param why where its content comes from
   * @param warnings what the user must do
   */
  private record Source(String name, String why, List<String> warnings) {}
}
