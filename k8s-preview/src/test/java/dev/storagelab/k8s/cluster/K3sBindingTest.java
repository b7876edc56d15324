package dev.storagelab.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.GoldenCasesAccess;
import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The smoke test on a real cluster: a generated PersistentVolume and claim bind in k3s. It needs a
 * k3s image on the engine, since no registry can be reached here; without one it is skipped and
 * says how to provide one.
 */
@RequiresEngine
class K3sBindingTest {

  private static final String IMAGE =
      System.getenv().getOrDefault("STORAGE_LAB_K3S_IMAGE", "rancher/k3s:v1.31.4-k3s1");

  @Test
  void aGeneratedVolumeAndClaimBindInARealCluster() {
    try (Engine engine = EngineConnector.connect()) {
      assumeTrue(
          engine.findImage(IMAGE).isPresent(),
          "no k3s image "
              + IMAGE
              + " on the engine: 'docker pull "
              + IMAGE
              + "' (or 'docker load -i k3s.tar'),"
              + " or set STORAGE_LAB_K3S_IMAGE to one you have");
    }
    BridgePlan plan = GoldenCasesAccess.plan("named-volume-measured");
    try (K3sContainer k3s =
        new K3sContainer(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("rancher/k3s"))) {
      k3s.start();
      try (KubernetesClient client =
          new KubernetesClientBuilder()
              .withConfig(Config.fromKubeconfig(k3s.getKubeConfigYaml()))
              .build()) {
        for (Manifest manifest : plan.manifests()) {
          if (manifest.object() instanceof PersistentVolume
              || manifest.object() instanceof PersistentVolumeClaim) {
            client.resource(manifest.object()).create();
          }
        }
        PersistentVolumeClaim claim =
            client
                .persistentVolumeClaims()
                .inNamespace("default")
                .withName("pgdata")
                .waitUntilCondition(
                    c -> c != null && "Bound".equals(c.getStatus().getPhase()),
                    60,
                    TimeUnit.SECONDS);

        assertThat(claim.getSpec().getVolumeName()).isEqualTo("default-pgdata-pv");
      }
    }
  }
}
