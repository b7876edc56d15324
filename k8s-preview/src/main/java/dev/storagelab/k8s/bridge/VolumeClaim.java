package dev.storagelab.k8s.bridge;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What one Docker volume (or a bind mount given {@code --as-pv}) becomes on the storage side: the
 * objects it needs, by kind, what a pod mounts for it, why, and what needs care. A value: each kind
 * of claim plan makes one, and the plan joins them in apply order.
 *
 * @param source what a pod mounts: the claim, or an emptyDir where the volume was memory
 * @param reason why it maps this way
 * @param warnings what needs care, shown with the mount
 * @param notes what the whole plan says once (a volume that does not exist yet)
 * @param storageClass the StorageClass it needs, applied first
 * @param secret the Secret of placeholders its credentials go to, applied before the volume
 * @param volume the PersistentVolume made for it
 * @param claim the claim
 */
record VolumeClaim(
    PodSource source,
    String reason,
    List<String> warnings,
    List<String> notes,
    Optional<Manifest> storageClass,
    Optional<Manifest> secret,
    Optional<Manifest> volume,
    Optional<Manifest> claim) {

  VolumeClaim {
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /** A pod source with no storage object of its own (memory). */
  static VolumeClaim sourceOnly(PodSource source, String reason, List<String> warnings) {
    return new VolumeClaim(
        source,
        reason,
        warnings,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same, with what the whole plan should say once. */
  VolumeClaim withNotes(List<String> planNotes) {
    return new VolumeClaim(
        source, reason, warnings, planNotes, storageClass, secret, volume, claim);
  }

  /** The objects of many volumes, in the order {@code kubectl apply} needs them. */
  static List<Manifest> inApplyOrder(List<VolumeClaim> claims) {
    return Stream.of(
            claims.stream().flatMap(c -> c.storageClass().stream()),
            claims.stream().flatMap(c -> c.secret().stream()),
            claims.stream().flatMap(c -> c.volume().stream()),
            claims.stream().flatMap(c -> c.claim().stream()))
        .flatMap(s -> s)
        .toList();
  }
}
