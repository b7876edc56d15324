package dev.storagelab.k8s.binding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.GoldenCasesAccess;
import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BindingCheckTest {

  @Test
  void everyGeneratedVolumeAndClaimPairBinds() {
    int pairs = 0;
    for (BridgePlan plan : GoldenCasesAccess.plans()) {
      List<PersistentVolume> volumes = objects(plan, PersistentVolume.class);
      for (PersistentVolumeClaim claim : objects(plan, PersistentVolumeClaim.class)) {
        if (claim.getSpec().getVolumeName() == null) {
          continue;
        }
        PersistentVolume pv =
            volumes.stream()
                .filter(v -> v.getMetadata().getName().equals(claim.getSpec().getVolumeName()))
                .findFirst()
                .orElseThrow();
        BindingCheck.Verdict verdict = BindingCheck.check(pv, claim);
        assertThat(verdict.binds()).as(plan.name() + ": " + verdict.rules()).isTrue();
        pairs++;
      }
    }
    assertThat(pairs).isGreaterThanOrEqualTo(8);
  }

  @Test
  void anEmptyClassDoesNotMatchAClaimThatAsksForTheDefaultClass() {
    assertFails(
        pv -> pv, pvc -> pvc.editSpec().withStorageClassName(null).endSpec(), "storage class");
  }

  @Test
  void differentClassesDoNotBind() {
    assertFails(
        pv -> pv.editSpec().withStorageClassName("fast").endSpec(), pvc -> pvc, "storage class");
  }

  @Test
  void aClaimAskingForAnAccessModeTheVolumeLacksDoesNotBind() {
    assertFails(
        pv -> pv, pvc -> pvc.editSpec().withAccessModes("ReadWriteMany").endSpec(), "access modes");
  }

  @Test
  void aVolumeSmallerThanTheRequestDoesNotBind() {
    assertFails(
        pv -> pv.editSpec().addToCapacity("storage", new Quantity("512Mi")).endSpec(),
        pvc -> pvc,
        "capacity");
  }

  @Test
  void aClaimNamingAnotherVolumeDoesNotBind() {
    assertFails(pv -> pv, pvc -> pvc.editSpec().withVolumeName("other").endSpec(), "volumeName");
  }

  @Test
  void aVolumeReservedForAnotherClaimDoesNotBind() {
    assertFails(
        pv -> pv.editSpec().editClaimRef().withNamespace("prod").endClaimRef().endSpec(),
        pvc -> pvc,
        "claimRef");
  }

  @Test
  void aSelectorMustMatchTheVolumesLabels() {
    assertFails(
        pv -> pv,
        pvc ->
            pvc.editSpec()
                .withNewSelector()
                .addToMatchLabels("tier", "gold")
                .endSelector()
                .endSpec(),
        "selector");
    PersistentVolume labelled =
        pv().edit().editMetadata().addToLabels("tier", "gold").endMetadata().build();
    PersistentVolumeClaim selecting =
        pvc()
            .edit()
            .editSpec()
            .withNewSelector()
            .addNewMatchExpression()
            .withKey("tier")
            .withOperator("In")
            .withValues("gold", "silver")
            .endMatchExpression()
            .endSelector()
            .endSpec()
            .build();
    assertThat(BindingCheck.check(labelled, selecting).binds()).isTrue();
  }

  @Test
  void differentVolumeModesDoNotBind() {
    assertFails(pv -> pv.editSpec().withVolumeMode("Block").endSpec(), pvc -> pvc, "volume mode");
  }

  private static void assertFails(
      UnaryOperator<PersistentVolumeBuilder> pv,
      UnaryOperator<PersistentVolumeClaimBuilder> pvc,
      String rule) {
    assertThat(BindingCheck.check(pv(), pvc()).binds()).as("the unchanged pair binds").isTrue();

    BindingCheck.Verdict verdict =
        BindingCheck.check(pv.apply(pv().edit()).build(), pvc.apply(pvc().edit()).build());

    assertThat(verdict.binds()).isFalse();
    assertThat(verdict.rules())
        .filteredOn(r -> !r.holds())
        .extracting(BindingCheck.Rule::name)
        .containsExactly(rule);
  }

  private static PersistentVolume pv() {
    return objects(GoldenCasesAccess.plan("lesson-container"), PersistentVolume.class).get(0);
  }

  private static PersistentVolumeClaim pvc() {
    return objects(GoldenCasesAccess.plan("lesson-container"), PersistentVolumeClaim.class).get(0);
  }

  private static <T> List<T> objects(BridgePlan plan, Class<T> type) {
    return plan.manifests().stream()
        .map(Manifest::object)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
