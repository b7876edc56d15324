package dev.storagelab.k8s.binding;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a PersistentVolume and a claim bind under Kubernetes' rules: the same class (an empty
 * class matches only an empty class; a claim without a class asks for the default one), the claim's
 * access modes all offered, capacity at least the request, the same volume mode, {@code volumeName}
 * and {@code claimRef} pointing at each other where set, and the claim's selector matching the
 * volume's labels.
 */
public final class BindingCheck {

  private BindingCheck() {}

  /**
   * The verdict, rule by rule.
   *
   * @param pv the volume
   * @param pvc the claim
   */
  public static Verdict check(PersistentVolume pv, PersistentVolumeClaim pvc) {
    return new Verdict(
        List.of(
            storageClass(pv, pvc),
            accessModes(pv, pvc),
            capacity(pv, pvc),
            volumeMode(pv, pvc),
            volumeName(pv, pvc),
            claimRef(pv, pvc),
            selector(pv, pvc)));
  }

  /** An empty class matches only an empty class; a claim without one asks for the default. */
  private static Rule storageClass(PersistentVolume pv, PersistentVolumeClaim pvc) {
    String pvClass = Objects.requireNonNullElse(pv.getSpec().getStorageClassName(), "");
    String pvcClass = pvc.getSpec().getStorageClassName();
    return new Rule(
        "storage class",
        pvcClass != null && pvcClass.equals(pvClass),
        "volume \""
            + pvClass
            + "\", claim "
            + (pvcClass == null ? "unset (the default class)" : "\"" + pvcClass + "\""));
  }

  /** Every access mode the claim asks for is one the volume offers. */
  private static Rule accessModes(PersistentVolume pv, PersistentVolumeClaim pvc) {
    List<String> offered = Objects.requireNonNullElse(pv.getSpec().getAccessModes(), List.of());
    List<String> wanted = Objects.requireNonNullElse(pvc.getSpec().getAccessModes(), List.of());
    return new Rule(
        "access modes",
        !wanted.isEmpty() && offered.containsAll(wanted),
        "volume " + offered + ", claim " + wanted);
  }

  /** The volume holds at least what the claim requests. */
  private static Rule capacity(PersistentVolume pv, PersistentVolumeClaim pvc) {
    Map<String, Quantity> capacities = pv.getSpec().getCapacity();
    Quantity capacity = capacities == null ? null : capacities.get("storage");
    var resources = pvc.getSpec().getResources();
    Quantity request =
        resources == null || resources.getRequests() == null
            ? null
            : resources.getRequests().get("storage");
    return new Rule(
        "capacity",
        capacity != null
            && request != null
            && capacity.getNumericalAmount().compareTo(request.getNumericalAmount()) >= 0,
        "volume " + capacity + ", claim requests " + request);
  }

  /** Filesystem binds to Filesystem, Block to Block; unset is Filesystem. */
  private static Rule volumeMode(PersistentVolume pv, PersistentVolumeClaim pvc) {
    String pvMode = Objects.requireNonNullElse(pv.getSpec().getVolumeMode(), "Filesystem");
    String pvcMode = Objects.requireNonNullElse(pvc.getSpec().getVolumeMode(), "Filesystem");
    return new Rule(
        "volume mode", pvMode.equals(pvcMode), "volume " + pvMode + ", claim " + pvcMode);
  }

  /** A claim that names a volume binds to that one only. */
  private static Rule volumeName(PersistentVolume pv, PersistentVolumeClaim pvc) {
    String volumeName = pvc.getSpec().getVolumeName();
    String name = pv.getMetadata().getName();
    return new Rule(
        "volumeName",
        volumeName == null || volumeName.isEmpty() || volumeName.equals(name),
        volumeName == null
            ? "claim names no volume"
            : "claim names " + volumeName + ", volume is " + name);
  }

  /** A volume reserved for a claim (its claimRef) binds to that claim only. */
  private static Rule claimRef(PersistentVolume pv, PersistentVolumeClaim pvc) {
    ObjectReference ref = pv.getSpec().getClaimRef();
    boolean matches =
        ref == null
            || Objects.equals(ref.getName(), pvc.getMetadata().getName())
                && Objects.equals(
                    Objects.requireNonNullElse(ref.getNamespace(), "default"),
                    Objects.requireNonNullElse(pvc.getMetadata().getNamespace(), "default"));
    return new Rule(
        "claimRef",
        matches,
        ref == null
            ? "volume is for any claim"
            : "volume is for "
                + ref.getNamespace()
                + "/"
                + ref.getName()
                + ", claim is "
                + pvc.getMetadata().getNamespace()
                + "/"
                + pvc.getMetadata().getName());
  }

  /** The claim's selector, if it has one, matches the volume's labels. */
  private static Rule selector(PersistentVolume pv, PersistentVolumeClaim pvc) {
    LabelSelector selector = pvc.getSpec().getSelector();
    return new Rule(
        "selector",
        selector == null
            || matches(
                selector, Objects.requireNonNullElse(pv.getMetadata().getLabels(), Map.of())),
        selector == null
            ? "claim has no selector"
            : "claim selects " + selector.getMatchLabels() + " " + selector.getMatchExpressions());
  }

  private static boolean matches(LabelSelector selector, Map<String, String> labels) {
    Map<String, String> wanted = Objects.requireNonNullElse(selector.getMatchLabels(), Map.of());
    for (var entry : wanted.entrySet()) {
      if (!entry.getValue().equals(labels.get(entry.getKey()))) {
        return false;
      }
    }
    for (LabelSelectorRequirement requirement :
        Objects.requireNonNullElse(
            selector.getMatchExpressions(), List.<LabelSelectorRequirement>of())) {
      String value = labels.get(requirement.getKey());
      List<String> values = Objects.requireNonNullElse(requirement.getValues(), List.of());
      boolean ok =
          switch (requirement.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * One binding rule and how it went.
   *
   * @param name the rule
   * @param holds whether it holds
   * @param detail the values compared
   */
  public record Rule(String name, boolean holds, String detail) {}

  /**
   * The rules, in the order Kubernetes' binder considers them.
   *
   * @param rules every rule
   */
  public record Verdict(List<Rule> rules) {

    public Verdict {
      rules = List.copyOf(rules);
    }

    /** Whether the volume and the claim bind. */
    public boolean binds() {
      return rules.stream().allMatch(Rule::holds);
    }
  }
}
