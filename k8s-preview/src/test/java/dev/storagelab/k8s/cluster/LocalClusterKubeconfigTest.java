package dev.storagelab.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalClusterKubeconfigTest {

  /** /etc/rancher/k3s/k3s.yaml as k3s v1.31 writes it (keys shortened). */
  private static final String K3S_YAML =
      """
      apiVersion: v1
      clusters:
      - cluster:
          certificate-authority-data: LS0tLS1CRUdJTg==
          server: https://127.0.0.1:6443
        name: default
      contexts:
      - context:
          cluster: default
          user: default
        name: default
      current-context: default
      kind: Config
      preferences: {}
      users:
      - name: default
        user:
          client-certificate-data: LS0tLS1DRVJU
          client-key-data: LS0tLS1LRVk=
      """;

  @TempDir Path dir;

  @Test
  void k3sKubeconfigPointsAtThePublishedPortUnderStorageLabsName() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("kubeconfig.yaml"),
            LocalCluster.kubeconfig(K3S_YAML, "https://127.0.0.1:32771"));

    Config config = Config.fromKubeconfig(LocalCluster.CONTEXT, file.toFile());

    assertThat(config.getMasterUrl()).isEqualTo("https://127.0.0.1:32771/");
    assertThat(config.getCurrentContext().getName()).isEqualTo("storage-lab");
    assertThat(config.getClientKeyData()).isEqualTo("LS0tLS1LRVk=");
    assertThat(Files.readString(file)).doesNotContain("name: default");
  }
}
