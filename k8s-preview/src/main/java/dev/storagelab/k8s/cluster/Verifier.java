package dev.storagelab.k8s.cluster;

import dev.storagelab.lesson.Check;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Proves on a live cluster what the manifests promise, each claim with evidence: the claims bind to
 * the volumes made for them, the pod runs and sees the Docker data, the data outlives the pod, and
 * deleting the claim leaves the volume Released, its data kept. The objects are put back as they
 * were at the end.
 */
public final class Verifier {

  private static final KubernetesSerialization SERIAL = new KubernetesSerialization();

  private final KubernetesClient client;
  private final PodFiles files;
  private final Duration patience;
  private final Consumer<String> progress;

  /**
   * A verifier.
   *
   * @param patience how long to wait for each state (a claim bound, a pod running)
   * @param progress told what is being waited for
   */
  public Verifier(
      KubernetesClient client, PodFiles files, Duration patience, Consumer<String> progress) {
    this.client = client;
    this.files = files;
    this.patience = patience;
    this.progress = progress;
  }

  /**
   * The checks, in order; a check that fails stops the ones that need it.
   *
   * @param objects the applied objects
   * @param expected names the pod must see in each claim's folder (lesson 1's {@code test-demo});
   *     empty to require only that the folder is not empty
   */
  public List<Check> verify(List<HasMetadata> objects, List<String> expected) {
    List<Check> checks = new ArrayList<>();
    List<PersistentVolumeClaim> claims = of(objects, PersistentVolumeClaim.class);
    Optional<HasMetadata> workload =
        objects.stream().filter(WorkloadObjects::isWorkload).findFirst();
    checks.add(claimsBound(claims));
    if (!checks.get(0).holds() || workload.isEmpty()) {
      return checks;
    }
    Optional<Pod> pod = runningPod(workload.get(), null);
    checks.add(podRunning(workload.get(), pod));
    if (pod.isEmpty()) {
      return checks;
    }
    Map<String, List<String>> seen = listings(pod.get());
    checks.add(seesData(pod.get(), seen, expected));
    List<Service> services = of(objects, Service.class);
    Optional<Check> served =
        services.isEmpty() ? Optional.empty() : Optional.of(answers(pod.get(), services));
    checks.add(survivesPod(workload.get(), pod.get(), seen));
    checks.add(claimDeletionKeepsVolume(objects, claims));
    checks.add(restore(objects, claims));
    served.ifPresent(checks::add);
    return checks;
  }

  /**
   * The app answers through its Service, asked from inside the pod by the Service's name, as
   * another pod of the cluster would ask it.
   */
  private Check answers(Pod pod, List<Service> services) {
    Check.Builder check = Check.of("The app answers through its Service");
    boolean holds = true;
    String container = pod.getSpec().getContainers().get(0).getName();
    for (Service service : services) {
      for (ServicePort port : service.getSpec().getPorts()) {
        String url =
            "http://"
                + service.getMetadata().getName()
                + "."
                + Objects.toString(service.getMetadata().getNamespace(), "default")
                + ".svc:"
                + port.getPort()
                + "/";
        progress.accept("asking " + url + " from pod " + pod.getMetadata().getName());
        Optional<String> body =
            files.fetch(
                pod.getMetadata().getNamespace(), pod.getMetadata().getName(), container, url);
        check.evidence(
            "wget " + url,
            body.map(b -> b.lines().findFirst().orElse("(empty)")).orElse("no answer"));
        holds &= body.isPresent();
      }
    }
    return check
        .hint("the Service selects no Running pod, or the app does not listen on its targetPort")
        .holds(holds);
  }

  private Check claimsBound(List<PersistentVolumeClaim> claims) {
    Check.Builder check = Check.of("Every claim is Bound to the volume made for it");
    boolean holds = !claims.isEmpty();
    for (PersistentVolumeClaim wanted : claims) {
      PersistentVolumeClaim live =
          waitFor(
              "claim " + name(wanted) + " Bound",
              () -> client.resource(wanted).get(),
              c -> "Bound".equals(phase(c)));
      String volume = live == null ? null : live.getSpec().getVolumeName();
      String expectedVolume = wanted.getSpec().getVolumeName();
      boolean bound = "Bound".equals(phase(live));
      boolean right = expectedVolume == null || expectedVolume.equals(volume);
      check.evidence(
          "claim " + name(wanted),
          (live == null ? "missing" : phase(live))
              + (volume == null ? "" : " to " + volume)
              + (right ? "" : ", not to " + expectedVolume));
      holds &= bound && right;
    }
    return check.holds(holds);
  }

  private Check podRunning(HasMetadata workload, Optional<Pod> pod) {
    Check.Builder check = Check.of("The pod is Running");
    check.evidence(workload.getKind(), name(workload));
    pod.ifPresentOrElse(
        p ->
            check
                .evidence("pod", p.getMetadata().getName())
                .evidence("node", Objects.toString(p.getSpec().getNodeName(), "?"))
                .evidence("phase", phase(p)),
        () -> check.evidence("pod", "none Running after " + patience.toSeconds() + " s"));
    return check.holds(pod.isPresent());
  }

  private Check seesData(Pod pod, Map<String, List<String>> seen, List<String> expected) {
    Check.Builder check = Check.of("The pod sees the Docker data, not an empty folder");
    boolean holds = !seen.isEmpty();
    for (Map.Entry<String, List<String>> entry : seen.entrySet()) {
      check.evidence("ls -A " + entry.getKey(), entry.getValue());
      holds &=
          !entry.getValue().isEmpty()
              && (expected.isEmpty() || entry.getValue().containsAll(expected));
    }
    if (!expected.isEmpty()) {
      check.evidence("expected", expected);
    }
    return check.holds(holds);
  }

  private Check survivesPod(HasMetadata workload, Pod pod, Map<String, List<String>> before) {
    Check.Builder check =
        Check.of("Deleting the pod keeps the data: its replacement sees the same");
    client.resource(pod).withGracePeriod(0).delete();
    waitFor("pod " + name(pod) + " gone", () -> client.resource(pod).get(), Objects::isNull);
    if (workload instanceof Pod) {
      client.resource(fresh(workload)).create();
    }
    Optional<Pod> replacement = runningPod(workload, pod.getMetadata().getUid());
    check.evidence("deleted", name(pod));
    if (replacement.isEmpty()) {
      return check.evidence("replacement", "none Running").holds(false);
    }
    Map<String, List<String>> after = listings(replacement.get());
    check.evidence("replacement", name(replacement.get()));
    after.forEach((path, names) -> check.evidence("ls -A " + path, names));
    return check.holds(after.equals(before));
  }

  private Check claimDeletionKeepsVolume(
      List<HasMetadata> objects, List<PersistentVolumeClaim> claims) {
    Check.Builder check =
        Check.of("Deleting the claim leaves its volume Released, Retain keeping the data");
    objects.stream().filter(WorkloadObjects::isWorkload).forEach(this::deleteAndWait);
    boolean holds = true;
    for (PersistentVolumeClaim claim : claims) {
      PersistentVolumeClaim live = client.resource(claim).get();
      String volumeName = live == null ? null : live.getSpec().getVolumeName();
      deleteAndWait(claim);
      if (volumeName == null) {
        holds = false;
        continue;
      }
      PersistentVolume volume =
          waitFor(
              "volume " + volumeName + " Released",
              () -> client.persistentVolumes().withName(volumeName).get(),
              v -> "Released".equals(phase(v)));
      String policy = volume == null ? "?" : volume.getSpec().getPersistentVolumeReclaimPolicy();
      check.evidence("volume " + volumeName, phase(volume) + ", reclaim policy " + policy);
      holds &= "Released".equals(phase(volume)) && "Retain".equals(policy);
      if (volume != null && volume.getSpec().getHostPath() != null) {
        String path = volume.getSpec().getHostPath().getPath();
        Optional<List<String>> onHost = files.onHost(path);
        check.evidence(path, onHost.map(Object::toString).orElse("not readable from here"));
        holds &= onHost.map(names -> !names.isEmpty()).orElse(true);
      }
    }
    return check.holds(holds);
  }

  /** Puts the objects back: the volumes free for their claims again, claims and pods re-made. */
  private Check restore(List<HasMetadata> objects, List<PersistentVolumeClaim> claims) {
    Check.Builder check = Check.of("Made again, every claim binds to its volume again");
    for (PersistentVolume volume : of(objects, PersistentVolume.class)) {
      client
          .persistentVolumes()
          .withName(name(volume))
          .edit(
              v -> {
                if (v.getSpec().getClaimRef() != null) {
                  v.getSpec().getClaimRef().setUid(null);
                  v.getSpec().getClaimRef().setResourceVersion(null);
                }
                return v;
              });
    }
    claims.forEach(c -> client.resource(fresh(c)).create());
    objects.stream()
        .filter(WorkloadObjects::isWorkload)
        .forEach(w -> client.resource(fresh(w)).create());
    boolean holds = true;
    for (PersistentVolumeClaim claim : claims) {
      PersistentVolumeClaim live =
          waitFor(
              "claim " + name(claim) + " Bound again",
              () -> client.resource(claim).get(),
              c -> "Bound".equals(phase(c)));
      check.evidence("claim " + name(claim), phase(live));
      holds &= "Bound".equals(phase(live));
    }
    return check.holds(holds);
  }

  /** What each claim's mount holds, seen from inside the pod. */
  private Map<String, List<String>> listings(Pod pod) {
    Map<String, String> claimVolumes = new LinkedHashMap<>();
    for (Volume volume : pod.getSpec().getVolumes()) {
      if (volume.getPersistentVolumeClaim() != null) {
        claimVolumes.put(volume.getName(), volume.getPersistentVolumeClaim().getClaimName());
      }
    }
    Map<String, List<String>> seen = new LinkedHashMap<>();
    for (var container : pod.getSpec().getContainers()) {
      for (VolumeMount mount : container.getVolumeMounts()) {
        if (claimVolumes.containsKey(mount.getName())) {
          seen.put(
              mount.getMountPath(),
              files.list(
                  pod.getMetadata().getNamespace(),
                  pod.getMetadata().getName(),
                  container.getName(),
                  mount.getMountPath()));
        }
      }
    }
    return seen;
  }

  /** A Running pod of the workload, other than the one with {@code notUid}. */
  private Optional<Pod> runningPod(HasMetadata workload, String notUid) {
    String namespace = workload.getMetadata().getNamespace();
    Supplier<Pod> find =
        () -> {
          if (workload instanceof Pod) {
            return client.pods().inNamespace(namespace).withName(name(workload)).get();
          }
          return client
              .pods()
              .inNamespace(namespace)
              .withLabels(WorkloadObjects.selector(workload))
              .list()
              .getItems()
              .stream()
              .filter(p -> !Objects.equals(p.getMetadata().getUid(), notUid))
              .findFirst()
              .orElse(null);
        };
    Pod pod =
        waitFor(
            "a Running pod of " + workload.getKind() + " " + name(workload),
            find,
            p -> "Running".equals(phase(p)) && !Objects.equals(p.getMetadata().getUid(), notUid));
    return Optional.ofNullable(pod)
        .filter(p -> "Running".equals(phase(p)))
        .filter(p -> !Objects.equals(p.getMetadata().getUid(), notUid));
  }

  private void deleteAndWait(HasMetadata object) {
    client.resource(object).withGracePeriod(0).delete();
    waitFor(name(object) + " deleted", () -> client.resource(object).get(), Objects::isNull);
  }

  /** Polls until the state holds or patience runs out; the last state seen either way. */
  private <T> T waitFor(String what, Supplier<T> get, Predicate<T> done) {
    Instant deadline = Instant.now().plus(patience);
    progress.accept("waiting for " + what);
    while (true) {
      T value;
      try {
        value = get.get();
      } catch (KubernetesClientException e) {
        throw new ClusterException(
            "The cluster failed while waiting for " + what + ": " + Applier.reason(e), e);
      }
      if (done.test(value) || Instant.now().isAfter(deadline)) {
        return value;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClusterException("Interrupted while waiting for " + what);
      }
    }
  }

  /** The object without what the server set, to create it again. */
  private static HasMetadata fresh(HasMetadata object) {
    HasMetadata copy = SERIAL.clone(object);
    copy.getMetadata().setResourceVersion(null);
    copy.getMetadata().setUid(null);
    copy.getMetadata().setCreationTimestamp(null);
    copy.getMetadata().setManagedFields(null);
    return copy;
  }

  private static <T extends HasMetadata> List<T> of(List<HasMetadata> objects, Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static String name(HasMetadata object) {
    return object.getMetadata().getName();
  }

  private static String phase(HasMetadata object) {
    if (object instanceof PersistentVolumeClaim c && c.getStatus() != null) {
      return Objects.toString(c.getStatus().getPhase(), "Pending");
    }
    if (object instanceof PersistentVolume v && v.getStatus() != null) {
      return Objects.toString(v.getStatus().getPhase(), "Pending");
    }
    if (object instanceof Pod p && p.getStatus() != null) {
      return Objects.toString(p.getStatus().getPhase(), "Pending");
    }
    return object == null ? "missing" : "Pending";
  }
}
