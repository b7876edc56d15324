package dev.storagelab.k8s.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadKindsTest {

  @Test
  void aStatefulSetAdoptsTheClaimMadeFromTheDockerVolumeAsReplicaZeros() {
    BridgePlan plan = GoldenCasesAccess.plan("statefulset");

    StatefulSet set = only(plan, StatefulSet.class);
    PersistentVolumeClaim template = set.getSpec().getVolumeClaimTemplates().get(0);
    PersistentVolumeClaim claim = only(plan, PersistentVolumeClaim.class);
    PersistentVolume volume = only(plan, PersistentVolume.class);
    String replicaZero =
        template.getMetadata().getName() + "-" + set.getMetadata().getName() + "-0";
    assertThat(claim.getMetadata().getName()).isEqualTo(replicaZero);
    assertThat(claim.getSpec().getVolumeName()).isEqualTo(volume.getMetadata().getName());
    assertThat(volume.getSpec().getClaimRef().getName()).isEqualTo(replicaZero);
    assertThat(template.getSpec().getVolumeName()).isNull();
    assertThat(template.getSpec().getAccessModes()).isEqualTo(claim.getSpec().getAccessModes());
    assertThat(set.getSpec().getTemplate().getSpec().getVolumes())
        .extracting(Volume::getName)
        .doesNotContain(template.getMetadata().getName());
    assertThat(set.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts())
        .anySatisfy(m -> assertThat(m.getName()).isEqualTo(template.getMetadata().getName()));
  }

  @Test
  void composeSecretsAndConfigsAreFilesAtTheSamePathsAndNoSecretValueIsWritten() {
    BridgePlan plan = GoldenCasesAccess.plan("compose-secrets-configs");

    Pod pod = only(plan, Pod.class);
    assertThat(pod.getSpec().getContainers().get(0).getVolumeMounts())
        .anySatisfy(
            m -> {
              assertThat(m.getMountPath()).isEqualTo("/run/secrets/db_password");
              assertThat(m.getSubPath()).isEqualTo("db_password");
              assertThat(m.getReadOnly()).isTrue();
            })
        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/run/secrets/key"))
        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/banner"));
    List<Secret> secrets = all(plan, Secret.class);
    assertThat(secrets).hasSize(2);
    assertThat(secrets)
        .allSatisfy(
            s -> assertThat(s.getStringData().values()).containsOnly(CredentialSecret.PLACEHOLDER));
    assertThat(all(plan, ConfigMap.class))
        .anySatisfy(c -> assertThat(c.getData()).containsEntry("banner", "Welcome to the shop"));
    assertThat(plan.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .contains("kubectl create secret generic")
                    .contains("--from-file=db_password=/srv/shop/secrets/db_password.txt"));
  }

  @Test
  void aDeploymentSaysWhyItMustNotBeScaledWithAReadWriteOnceClaim() {
    Manifest deployment =
        GoldenCasesAccess.plan("deployment").manifests().stream()
            .filter(m -> m.object().getKind().equals("Deployment"))
            .findFirst()
            .orElseThrow();

    assertThat(String.join(" ", deployment.comment()))
        .contains("Multi-Attach")
        .contains("--kind statefulset");
  }

  private static <T extends HasMetadata> T only(BridgePlan plan, Class<T> type) {
    List<T> found = all(plan, type);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static <T extends HasMetadata> List<T> all(BridgePlan plan, Class<T> type) {
    return plan.manifests().stream()
        .map(Manifest::object)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
