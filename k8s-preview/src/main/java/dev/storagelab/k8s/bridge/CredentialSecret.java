package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a Docker volume's credentials go instead of a manifest: a Secret that holds placeholders
 * only, for the user to fill in or create with {@code kubectl}, which the volume refers to by name.
 *
 * @param name the Secret's name
 * @param namespace its namespace
 * @param keys the keys it must hold
 */
record CredentialSecret(String name, String namespace, List<String> keys) {

  /** What every value of the written Secret is: never the real one. */
  static final String PLACEHOLDER = "REPLACE-ME";

  CredentialSecret {
    keys = List.copyOf(keys);
  }

  /** The command that creates the real Secret. */
  String createCommand() {
    return "kubectl create secret generic "
        + name
        + " -n "
        + namespace
        + keys.stream().map(k -> " --from-literal=" + k + "=...").collect(Collectors.joining());
  }

  /** The note the plan carries, telling the user what to do. */
  String note(String dockerName) {
    return "the credentials of volume "
        + dockerName
        + " ("
        + String.join(", ", keys)
        + ") are in no manifest: the Secret "
        + name
        + " holds placeholders; create the real one with: "
        + createCommand();
  }

  /** The Secret's manifest, with placeholder values and how to create the real one. */
  Manifest manifest(String dockerName) {
    return manifest(
        dockerName,
        List.of(
            "From Docker: the credentials in the options of volume " + dockerName + ".",
            "Why: a credential never goes into a manifest; the volume refers to this Secret by"
                + " name. Its values are placeholders: fill them in (this file is readable by you"
                + " only; do not commit it filled in), or skip this file and create the Secret"
                + " with: "
                + createCommand()));
  }

  /** The Secret a workload's environment reads its credentials from. */
  Manifest environmentManifest(String workload) {
    return manifest(
        workload,
        List.of(
            "From Docker: the credentials in the environment of "
                + workload
                + " ("
                + String.join(", ", keys)
                + ").",
            "Why: a credential never goes into a manifest; the container reads each variable"
                + " from this Secret by secretKeyRef. Its values are placeholders: fill them in"
                + " (do not commit it filled in), or skip this file and create the Secret with: "
                + createCommand()));
  }

  private Manifest manifest(String dockerName, List<String> comment) {
    Map<String, String> data = new LinkedHashMap<>();
    keys.forEach(key -> data.put(key, PLACEHOLDER));
    return new Manifest(
        new SecretBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .addToLabels(Meta.MANAGED_BY, "storage-lab")
            .addToAnnotations(Meta.DOCKER_NAME, dockerName)
            .endMetadata()
            .withType("Opaque")
            .withStringData(data)
            .build(),
        comment);
  }
}
