package dev.storagelab.k8s.bridge;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.OptionalLong;

/**
 * The capacity of a PersistentVolume and its claim: the size asked for, else the measured size with
 * half again as headroom (at least 1Gi), else 1Gi.
 *
 * @param quantity the capacity
 * @param why how it was chosen, for the comment
 */
record Capacity(Quantity quantity, String why) {

  private static final long MI = 1024L * 1024;
  private static final long GI = 1024 * MI;

  static Capacity of(java.util.Optional<String> asked, OptionalLong measured) {
    if (asked.isPresent()) {
      return new Capacity(
          new Quantity(asked.get()), "capacity " + asked.get() + " as asked (--size)");
    }
    if (measured.isPresent()) {
      long bytes = Math.max(GI, (long) Math.ceil(measured.getAsLong() * 1.5 / MI) * MI);
      String quantity = bytes % GI == 0 ? bytes / GI + "Gi" : bytes / MI + "Mi";
      return new Capacity(
          new Quantity(quantity),
          "capacity "
              + quantity
              + ": the measured "
              + measured.getAsLong()
              + " bytes with 50% headroom, at least 1Gi");
    }
    return new Capacity(
        new Quantity("1Gi"), "capacity 1Gi assumed: the size was not measured (give --size)");
  }
}
