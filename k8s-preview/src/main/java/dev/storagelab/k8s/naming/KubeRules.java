package dev.storagelab.k8s.naming;

import dev.storagelab.docker.input.InputException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules the Kubernetes API server checks names and quantities by, checked here first so that a
 * value it would refuse is refused before anything is written, with the rule named.
 */
public final class KubeRules {

  private static final String LABEL_PART = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern LABEL = Pattern.compile(LABEL_PART);
  private static final Pattern SUBDOMAIN = Pattern.compile(LABEL_PART + "(\\." + LABEL_PART + ")*");
  private static final Pattern QUANTITY =
      Pattern.compile("(\\d{1,30}(\\.\\d{1,30})?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?");
  private static final Map<String, BigDecimal> UNITS =
      Map.ofEntries(
          Map.entry("", BigDecimal.ONE),
          Map.entry("k", BigDecimal.TEN.pow(3)),
          Map.entry("M", BigDecimal.TEN.pow(6)),
          Map.entry("G", BigDecimal.TEN.pow(9)),
          Map.entry("T", BigDecimal.TEN.pow(12)),
          Map.entry("P", BigDecimal.TEN.pow(15)),
          Map.entry("E", BigDecimal.TEN.pow(18)),
          Map.entry("Ki", BigDecimal.valueOf(2).pow(10)),
          Map.entry("Mi", BigDecimal.valueOf(2).pow(20)),
          Map.entry("Gi", BigDecimal.valueOf(2).pow(30)),
          Map.entry("Ti", BigDecimal.valueOf(2).pow(40)),
          Map.entry("Pi", BigDecimal.valueOf(2).pow(50)),
          Map.entry("Ei", BigDecimal.valueOf(2).pow(60)));

  private KubeRules() {}

  /**
   * A DNS-1123 label (a namespace, a claim): lower-case letters, digits and {@code -}, starting and
   * ending with a letter or digit, at most 63 characters.
   *
   * @param what what the value is for, e.g. {@code --namespace}
   * @return the value
   */
  public static String label(String what, String value) {
    return matching(what, value, LABEL, 63, "a DNS-1123 label");
  }

  /**
   * A DNS-1123 subdomain (a storage class, a node): labels joined by {@code .}, at most 253
   * characters.
   *
   * @param what what the value is for, e.g. {@code --storage-class}
   * @return the value
   */
  public static String subdomain(String what, String value) {
    return matching(what, value, SUBDOMAIN, 253, "a DNS-1123 subdomain");
  }

  /**
   * A capacity: a positive quantity of bytes with an optional decimal ({@code k M G T P E}) or
   * binary ({@code Ki Mi Gi Ti Pi Ei}) suffix, whole bytes, and no more than a signed 64-bit number
   * of bytes (what Kubernetes can hold).
   *
   * @param what what the value is for, e.g. {@code --size}
   * @return the value
   */
  public static String capacity(String what, String value) {
    Matcher m = QUANTITY.matcher(value);
    String rule = " (a positive number of bytes with an optional suffix, e.g. 512Mi, 5Gi, 10G)";
    if (!m.matches()) {
      throw new InputException(
          what + " " + InputException.quote(value) + " is not a quantity" + rule, value);
    }
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(UNITS.get(nullToEmpty(m.group(3))));
    if (bytes.signum() <= 0) {
      throw new InputException(what + " " + value + " is not positive" + rule, value);
    }
    if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new InputException(what + " " + value + " is more than 8Ei bytes" + rule, value);
    }
    if (bytes.stripTrailingZeros().scale() > 0) {
      throw new InputException(
          what + " " + value + " is not a whole number of bytes" + rule, value);
    }
    return value;
  }

  private static String matching(
      String what, String value, Pattern pattern, int max, String ruleName) {
    if (value.isEmpty()) {
      throw new InputException(what + " is empty: give it a value, or leave it out.", value);
    }
    if (value.length() > max) {
      throw new InputException(
          what
              + " is "
              + value.length()
              + " characters long; "
              + ruleName
              + " has at most "
              + max
              + ".",
          value);
    }
    if (!pattern.matcher(value).matches()) {
      throw new InputException(
          what
              + " "
              + InputException.quote(value)
              + " is not "
              + ruleName
              + " (lower-case letters, digits and '-'"
              + (pattern == SUBDOMAIN ? ", parts joined by '.'" : "")
              + ", starting and ending with a letter or digit).",
          value);
    }
    return value;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
