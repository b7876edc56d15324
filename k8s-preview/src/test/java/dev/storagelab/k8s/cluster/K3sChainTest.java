package dev.storagelab.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.testing.MaySkip;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.TestLearner;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.sources.BridgeInput;
import dev.storagelab.k8s.sources.BridgeSources;
import dev.storagelab.lesson.Check;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.BindMode;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The whole bridge on a real cluster: a Docker volume holding lesson 1's {@code test-demo}, its
 * manifests applied to k3s, and every claim of {@code k8s verify} proved, the data seen in the pod.
 *
 * <p>It needs a k3s image on the engine, since no registry answers here; without one it is skipped
 * and says how to provide one. A node with no registry also needs k3s's airgap images (the pause
 * image): {@code STORAGE_LAB_K3S_AIRGAP} names their tarball.
 */
@RequiresEngine
@MaySkip(
    because =
        "it needs a k3s image on the engine and privileged containers; no registry serves one"
            + " here, so CI always skips it")
class K3sChainTest {

  private static final String IMAGE =
      System.getenv().getOrDefault("STORAGE_LAB_K3S_IMAGE", LocalCluster.DEFAULT_IMAGE);

  @TempDir Path images;

  @Test
  void aDockerVolumesDataIsSeenByThePodAndOutlivesPodAndClaim() throws IOException {
    try (Engine engine = EngineConnector.connect()) {
      assumeTrue(
          engine.findImage(IMAGE).isPresent(),
          "no k3s image "
              + IMAGE
              + " on the engine: 'docker pull "
              + IMAGE
              + "' (or 'docker load -i k3s.tar'), or set STORAGE_LAB_K3S_IMAGE to one you have");
      Ownership owner = Ownership.newRun("k3s-chain-test", TestLearner.ID);
      String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      assumeTrue(
          privilegedRuns(engine, base, owner),
          "the engine refuses privileged containers, which a k3s node needs (rootless engines"
              + " and some sandboxes, this CI's among them)");
      String volume = "storage-lab-chain-" + UUID.randomUUID().toString().substring(0, 8);
      engine.createVolume(volume, owner.labelsFor(EngineObject.Kind.VOLUME));
      try {
        engine.run(
            ContainerSpec.of(null, base)
                .withCommand("mkdir", "-p", "/app/test-demo")
                .withVolumeFlag(volume + ":/app")
                .withLabels(owner.labelsFor(EngineObject.Kind.CONTAINER)));
        engine.saveImage(base, images.resolve("base.tar"));
        Optional.ofNullable(System.getenv("STORAGE_LAB_K3S_AIRGAP"))
            .map(Path::of)
            .ifPresent(tar -> copy(tar, images.resolve(tar.getFileName())));
        BridgeInput input =
            BridgeSources.runLine(
                "docker run --name chain -v " + volume + ":/app " + base + " sleep 3600",
                Optional.of(engine));
        BridgePlan plan = input.plan(BridgeOptions.defaults());
        List<HasMetadata> objects = plan.manifests().stream().map(Manifest::object).toList();
        String volumes = engine.dataRoot() + "/volumes";
        try (K3sContainer k3s =
            new K3sContainer(
                DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("rancher/k3s"))) {
          k3s.withFileSystemBind(volumes, volumes, BindMode.READ_WRITE)
              .withFileSystemBind(
                  images.toString(), "/var/lib/rancher/k3s/agent/images", BindMode.READ_ONLY)
              .start();
          try (KubernetesClient client =
              new KubernetesClientBuilder()
                  .withConfig(Config.fromKubeconfig(k3s.getKubeConfigYaml()))
                  .build()) {
            new Applier(client).apply(objects, false, a -> {});
            List<Check> checks =
                new Verifier(
                        client,
                        new ExecPodFiles(client, path -> Optional.empty()),
                        Duration.ofMinutes(3),
                        what -> {})
                    .verify(objects, List.of("test-demo"));

            assertThat(checks).hasSize(6);
            assertThat(checks).allSatisfy(c -> assertThat(c.holds()).as(c.toString()).isTrue());
            assertThat(new Applier(client).apply(objects, false, a -> {}))
                .extracting(Applier.Applied::outcome)
                .containsOnly(Applier.Outcome.UNCHANGED);
          }
        }
      } finally {
        engine.removeVolume(volume);
      }
    }
  }

  private static boolean privilegedRuns(Engine engine, String base, Ownership owner) {
    String id =
        engine.createContainer(
            ContainerSpec.of(null, base)
                .withCommand("true")
                .withLabels(owner.labelsFor(EngineObject.Kind.CONTAINER))
                .asClusterNode(6443));
    try {
      engine.startContainer(id);
      return true;
    } catch (EngineException e) {
      return false;
    } finally {
      engine.removeContainer(id);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
