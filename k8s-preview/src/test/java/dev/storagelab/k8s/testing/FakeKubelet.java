package dev.storagelab.k8s.testing;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatusBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Objects;

/**
 * What the cluster's controllers and kubelet do to statuses, for the CRUD mock server, which has
 * none: claims bind, pods run, a volume whose claim is gone is Released. {@code binds} off leaves
 * claims Pending, as a cluster without a matching volume would.
 */
public final class FakeKubelet implements AutoCloseable {

  private final KubernetesClient client;
  private final boolean binds;
  private final Thread thread;
  private volatile boolean running = true;

  /** Starts acting on the cluster; {@code binds} off leaves claims Pending. */
  public FakeKubelet(KubernetesClient client, boolean binds) {
    this.client = client;
    this.binds = binds;
    this.thread = new Thread(this::loop, "fake-kubelet");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        tick();
        Thread.sleep(30);
      } catch (InterruptedException e) {
        return;
      } catch (KubernetesClientException e) {
        // An object changed under us: the next tick sees it.
      }
    }
  }

  private void tick() {
    if (binds) {
      for (PersistentVolumeClaim claim :
          client.persistentVolumeClaims().inAnyNamespace().list().getItems()) {
        if (claim.getStatus() == null || !"Bound".equals(claim.getStatus().getPhase())) {
          claim.setStatus(new PersistentVolumeClaimStatusBuilder().withPhase("Bound").build());
          client.resource(claim).updateStatus();
        }
      }
    }
    for (Pod pod : client.pods().inAnyNamespace().list().getItems()) {
      if (pod.getStatus() == null || !"Running".equals(pod.getStatus().getPhase())) {
        pod.setStatus(new PodStatusBuilder().withPhase("Running").build());
        client.resource(pod).updateStatus();
      }
    }
    for (PersistentVolume volume : client.persistentVolumes().list().getItems()) {
      var ref = volume.getSpec().getClaimRef();
      boolean claimed =
          ref != null
              && client
                      .persistentVolumeClaims()
                      .inNamespace(ref.getNamespace())
                      .withName(ref.getName())
                      .get()
                  != null;
      String phase =
          claimed && binds
              ? "Bound"
              : ref != null && ref.getUid() != null ? "Released" : "Available";
      if (claimed && binds && ref.getUid() == null) {
        ref.setUid("bound-uid");
        volume = client.resource(volume).update();
      }
      if (volume.getStatus() == null || !Objects.equals(phase, volume.getStatus().getPhase())) {
        volume.setStatus(new PersistentVolumeStatusBuilder().withPhase(phase).build());
        client.resource(volume).updateStatus();
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
