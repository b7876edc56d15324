package dev.storagelab.docker.mounts;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The size notations Docker and the kernel accept for tmpfs sizes. */
public final class Sizes {

  /** docker/go-units {@code RAMInBytes}: binary units, an optional {@code i} and {@code b}. */
  private static final Pattern RAM =
      Pattern.compile("^(\\d+(\\.\\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$");

  /** The kernel's {@code memparse} for {@code --tmpfs size=}: digits and one optional unit. */
  private static final Pattern KERNEL = Pattern.compile("^(\\d+)([kKmMgGtTpPeE])?$");

  private Sizes() {}

  /** Bytes for a {@code --mount tmpfs-size} value, as the docker CLI reads it. */
  public static OptionalLong ramInBytes(String text) {
    Matcher m = RAM.matcher(text);
    if (!m.matches() || m.group(1).chars().filter(c -> c == '.').count() > 1) {
      return OptionalLong.empty();
    }
    BigDecimal bytes =
        new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(multiplier(m.group(3))));
    // Refused rather than wrapped: 16 EiB and more is no size, and a wrapped one is a wrong one.
    if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(bytes.longValue());
  }

  /** Bytes for a {@code --tmpfs size=} value, as the kernel reads it (no fractions). */
  static OptionalLong kernelBytes(String text) {
    Matcher m = KERNEL.matcher(text);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(
          Math.multiplyExact(Long.parseLong(m.group(1)), multiplier(m.group(2))));
    } catch (ArithmeticException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static long multiplier(String unit) {
    if (unit == null) {
      return 1;
    }
    int power = "kmgtpe".indexOf(Character.toLowerCase(unit.charAt(0))) + 1;
    return 1L << (10 * power);
  }
}
