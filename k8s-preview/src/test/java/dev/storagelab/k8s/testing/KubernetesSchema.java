package dev.storagelab.k8s.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StorageClass;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Holds an object to the Kubernetes API's OpenAPI schema, as the API server's schema check would:
 * through Kubernetes' own Java models, generated from that schema, whose {@code
 * validateJsonElement} refuses a field the schema does not have, a value of the wrong type and a
 * missing required field. fabric8's mock server stores whatever it is given, so "the server
 * accepted it" proves none of this.
 */
public final class KubernetesSchema {

  /** The kinds the bridge writes, each with its validator. */
  private static final Map<String, Validator> VALIDATORS =
      Map.of(
          "Pod", V1Pod::validateJsonElement,
          "PersistentVolume", V1PersistentVolume::validateJsonElement,
          "PersistentVolumeClaim", V1PersistentVolumeClaim::validateJsonElement,
          "StorageClass", V1StorageClass::validateJsonElement,
          "Secret", V1Secret::validateJsonElement,
          "ConfigMap", V1ConfigMap::validateJsonElement,
          "Deployment", V1Deployment::validateJsonElement,
          "StatefulSet", V1StatefulSet::validateJsonElement,
          "Service", V1Service::validateJsonElement);

  private KubernetesSchema() {}

  /** What the schema refuses in the object, or empty when it is valid. */
  public static Optional<String> problem(HasMetadata object) {
    return problem(object.getKind(), Serialization.asJson(object));
  }

  /** What the schema refuses in a JSON document of the given kind, or empty when it is valid. */
  public static Optional<String> problem(String kind, String json) {
    Validator validator = VALIDATORS.get(kind);
    if (validator == null) {
      return Optional.of("no schema here for kind " + kind);
    }
    try {
      validator.validate(JsonParser.parseString(json));
      return Optional.empty();
    } catch (IllegalArgumentException | IOException e) {
      return Optional.of(kind + ": " + e.getMessage());
    }
  }

  private interface Validator {
    void validate(JsonElement json) throws IOException;
  }
}
