package dev.storagelab.k8s.binding;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
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
    List<Rule> rules = new ArrayList<>();
    var vs = pv.getSpec();
    var cs = pvc.getSpec();
    String pvClass = Objects.requireNonNullElse(vs.getStorageClassName(), "");
    String pvcClass = cs.getStorageClassName();
    rules.add(
        new Rule(
            "storage class",
            pvcClass != null && pvcClass.equals(pvClass),
            "volume \""
                + pvClass
                + "\", claim "
                + (pvcClass == null ? "unset (the default class)" : "\"" + pvcClass + "\"")));
    List<String> offered = Objects.requireNonNullElse(vs.getAccessModes(), List.of());
    List<String> wanted = Objects.requireNonNullElse(cs.getAccessModes(), List.of());
    rules.add(
        new Rule(
            "access modes",
            !wanted.isEmpty() && offered.containsAll(wanted),
            "volume " + offered + ", claim " + wanted));
    Quantity capacity = vs.getCapacity() == null ? null : vs.getCapacity().get("storage");
    Quantity request =
        cs.getResources() == null || cs.getResources().getRequests() == null
            ? null
            : cs.getResources().getRequests().get("storage");
    rules.add(
        new Rule(
            "capacity",
            capacity != null
                && request != null
                && capacity.getNumericalAmount().compareTo(request.getNumericalAmount()) >= 0,
            "volume " + capacity + ", claim requests " + request));
    String pvMode = Objects.requireNonNullElse(vs.getVolumeMode(), "Filesystem");
    String pvcMode = Objects.requireNonNullElse(cs.getVolumeMode(), "Filesystem");
    rules.add(
        new Rule("volume mode", pvMode.equals(pvcMode), "volume " + pvMode + ", claim " + pvcMode));
    String volumeName = cs.getVolumeName();
    rules.add(
        new Rule(
            "volumeName",
            volumeName == null
                || volumeName.isEmpty()
                || volumeName.equals(pv.getMetadata().getName()),
            volumeName == null
                ? "claim names no volume"
                : "claim names " + volumeName + ", volume is " + pv.getMetadata().getName()));
    ObjectReference ref = vs.getClaimRef();
    boolean refMatches =
        ref == null
            || Objects.equals(ref.getName(), pvc.getMetadata().getName())
                && Objects.equals(
                    Objects.requireNonNullElse(ref.getNamespace(), "default"),
                    Objects.requireNonNullElse(pvc.getMetadata().getNamespace(), "default"));
    rules.add(
        new Rule(
            "claimRef",
            refMatches,
            ref == null
                ? "volume is for any claim"
                : "volume is for "
                    + ref.getNamespace()
                    + "/"
                    + ref.getName()
                    + ", claim is "
                    + pvc.getMetadata().getNamespace()
                    + "/"
                    + pvc.getMetadata().getName()));
    LabelSelector selector = cs.getSelector();
    rules.add(
        new Rule(
            "selector",
            selector == null
                || matches(
                    selector, Objects.requireNonNullElse(pv.getMetadata().getLabels(), Map.of())),
            selector == null
                ? "claim has no selector"
                : "claim selects "
                    + selector.getMatchLabels()
                    + " "
                    + selector.getMatchExpressions()));
    return new Verdict(rules);
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
