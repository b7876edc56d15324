package dev.storagelab.k8s.cluster;

import dev.storagelab.k8s.manifests.ManifestWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Server-side apply of manifests in dependency order: namespaces, classes, secrets and configs,
 * volumes, claims, workloads. Applying the same objects twice changes nothing; a dry run asks the
 * API server, which checks everything (admission included) and stores nothing.
 */
public final class Applier {

  /** The field manager the cluster records for storage-lab's fields. */
  public static final String FIELD_MANAGER = "storage-lab";

  private final KubernetesClient client;

  /** An applier on a cluster. */
  public Applier(KubernetesClient client) {
    this.client = client;
  }

  /**
   * What applying one object did.
   *
   * @param kind the object's kind
   * @param namespace its namespace, empty for a cluster-wide object
   * @param name its name
   * @param outcome what happened
   */
  public record Applied(String kind, String namespace, String name, Outcome outcome) {}

  /** What applying did to an object. */
  public enum Outcome {
    /** It did not exist and does now. */
    CREATED,
    /** It existed and was changed. */
    CONFIGURED,
    /** It existed as it is. */
    UNCHANGED,
    /** A dry run: it would be created. */
    WOULD_CREATE,
    /** A dry run: it exists and the server accepts the change. */
    WOULD_CONFIGURE;

    /** The word kubectl would print. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /** The objects in the order the cluster needs them. */
  public static List<HasMetadata> inApplyOrder(List<HasMetadata> objects) {
    return objects.stream().sorted(Comparator.comparing(ManifestWriter::fileName)).toList();
  }

  /**
   * Applies the objects, namespaces they need first.
   *
   * @param progress told of each object as it is applied
   * @throws ClusterException when the cluster refuses an object: the objects before it stay
   *     applied, which applying again completes
   */
  public List<Applied> apply(
      List<HasMetadata> objects, boolean dryRun, Consumer<Applied> progress) {
    List<Applied> applied = new ArrayList<>();
    for (HasMetadata object : withNamespaces(inApplyOrder(objects))) {
      Applied result = applyOne(object, dryRun);
      applied.add(result);
      progress.accept(result);
    }
    return applied;
  }

  private List<HasMetadata> withNamespaces(List<HasMetadata> objects) {
    Set<String> namespaces = new LinkedHashSet<>();
    objects.stream()
        .map(o -> o.getMetadata().getNamespace())
        .filter(Objects::nonNull)
        .filter(ns -> !ns.equals("default"))
        .forEach(namespaces::add);
    List<HasMetadata> all = new ArrayList<>();
    for (String ns : namespaces) {
      Namespace namespace =
          new NamespaceBuilder()
              .withNewMetadata()
              .withName(ns)
              .addToLabels("app.kubernetes.io/managed-by", "storage-lab")
              .endMetadata()
              .build();
      all.add(namespace);
    }
    all.addAll(objects);
    return all;
  }

  private Applied applyOne(HasMetadata object, boolean dryRun) {
    String kind = object.getKind();
    String name = object.getMetadata().getName();
    String namespace = Objects.toString(object.getMetadata().getNamespace(), "");
    try {
      HasMetadata before = client.resource(object).get();
      if (dryRun) {
        client
            .resource(object)
            .dryRun()
            .fieldManager(FIELD_MANAGER)
            .forceConflicts()
            .serverSideApply();
        return new Applied(
            kind, namespace, name, before == null ? Outcome.WOULD_CREATE : Outcome.WOULD_CONFIGURE);
      }
      HasMetadata after =
          client.resource(object).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
      Outcome outcome =
          before == null
              ? Outcome.CREATED
              : Objects.equals(
                      before.getMetadata().getResourceVersion(),
                      after.getMetadata().getResourceVersion())
                  ? Outcome.UNCHANGED
                  : Outcome.CONFIGURED;
      return new Applied(kind, namespace, name, outcome);
    } catch (KubernetesClientException e) {
      throw new ClusterException(
          "The cluster refused "
              + kind
              + " "
              + (namespace.isEmpty() ? "" : namespace + "/")
              + name
              + ": "
              + reason(e),
          e);
    }
  }

  /** The API server's own words for a refusal, or the deepest cause's, on one line. */
  static String reason(KubernetesClientException e) {
    if (e.getStatus() != null && e.getStatus().getMessage() != null) {
      return oneLine(e.getStatus().getMessage());
    }
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    return oneLine(
        message == null || message.isBlank() ? deepest.getClass().getSimpleName() : message);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
