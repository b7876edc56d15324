package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.Optional;

/** What backs a pod volume made from a Docker mount. */
sealed interface PodSource {

  /** The pod volume of this source. */
  Volume volume(String name, boolean readOnly);

  /** What the mount became, in the mapping row's words. */
  String description();

  /** The claim's spec, when a claim backs the volume. */
  Optional<PersistentVolumeClaimSpec> claimSpec();

  /**
   * A claim.
   *
   * @param claim the claim's name
   * @param description what it is bound to
   * @param spec the claim's spec, which a StatefulSet's claim template repeats
   */
  record Claim(String claim, String description, PersistentVolumeClaimSpec spec)
      implements PodSource {
    @Override
    public Volume volume(String name, boolean readOnly) {
      return new VolumeBuilder()
          .withName(name)
          .withNewPersistentVolumeClaim(claim, readOnly ? true : null)
          .build();
    }

    @Override
    public Optional<PersistentVolumeClaimSpec> claimSpec() {
      return Optional.of(spec);
    }
  }

  /**
   * An emptyDir: it lives as long as the pod.
   *
   * @param medium where its data is kept
   * @param sizeLimit its limit, or null for none
   */
  record EmptyDir(Medium medium, Quantity sizeLimit) implements PodSource {
    @Override
    public Volume volume(String name, boolean readOnly) {
      return new VolumeBuilder()
          .withName(name)
          .withNewEmptyDir()
          .withMedium(medium.field)
          .withSizeLimit(sizeLimit)
          .endEmptyDir()
          .build();
    }

    @Override
    public String description() {
      return medium == Medium.MEMORY ? "emptyDir (medium: Memory)" : "emptyDir";
    }

    @Override
    public Optional<PersistentVolumeClaimSpec> claimSpec() {
      return Optional.empty();
    }
  }

  /** Where an emptyDir keeps its data. */
  enum Medium {
    /** The node's disk: the field left out. */
    DISK(null),
    /** Memory (tmpfs). */
    MEMORY("Memory");

    private final String field;

    Medium(String field) {
      this.field = field;
    }
  }
}
