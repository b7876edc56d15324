package dev.storagelab.k8s.manifests;

import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Manifests as YAML written by fabric8's serializer, each after its comment; and read back. */
public final class ManifestYaml {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private ManifestYaml() {}

  /** One manifest as a YAML document: its comment lines, then the object. */
  public static String write(Manifest manifest) {
    StringBuilder out = new StringBuilder();
    for (String line : manifest.comment()) {
      wrap(line, out);
    }
    String yaml = SERIALIZATION.asYaml(manifest.object());
    out.append(yaml.startsWith("---") ? yaml : "---\n" + yaml);
    return out.toString();
  }

  /** A comment line, wrapped at 100 columns, continuation lines indented. */
  private static void wrap(String line, StringBuilder out) {
    StringBuilder current = new StringBuilder("#");
    for (String word : line.split(" ")) {
      if (current.length() + word.length() + 1 > 100 && current.length() > 4) {
        out.append(current).append('\n');
        current = new StringBuilder("#  ");
      }
      current.append(' ').append(word);
    }
    out.append(current).append('\n');
  }

  /** The object in a YAML document (its comments are ignored). */
  public static HasMetadata read(String yaml) {
    return SERIALIZATION.unmarshal(yaml, HasMetadata.class);
  }

  /** The object as JSON. */
  public static String json(HasMetadata object) {
    return SERIALIZATION.asJson(object);
  }
}
