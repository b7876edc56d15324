package dev.storagelab.shell.output;

import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.Evidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Proved claims as people and scripts read them: PASS or FAIL, each with its evidence. */
public final class Checks {

  private Checks() {}

  /** Each claim on a line, PASS or FAIL, its evidence dimmed below it. */
  public static String text(List<Check> checks, Style style) {
    StringBuilder out = new StringBuilder();
    for (Check check : checks) {
      out.append("    ")
          .append(check.holds() ? style.pass("PASS") : style.fail("FAIL"))
          .append("  ")
          .append(check.claim())
          .append('\n');
      for (Evidence evidence : check.evidence()) {
        String value =
            evidence.value().replace("\n", "\n" + " ".repeat(12 + evidence.label().length()));
        out.append(style.dim("          " + evidence.label() + ": " + value)).append('\n');
      }
      if (check.hint() != null) {
        out.append("          ").append(style.warn("hint: ")).append(check.hint()).append('\n');
      }
    }
    return out.toString();
  }

  /** One claim as JSON: {@code claim}, {@code result} and {@code facts}, as docs/cli.md says. */
  public static Map<String, Object> json(Check check) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("claim", check.claim());
    claim.put("result", check.holds() ? "PASS" : "FAIL");
    claim.put(
        "facts",
        check.evidence().stream()
            .map(e -> Map.of("label", e.label(), "value", e.value()))
            .toList());
    if (check.hint() != null) {
      claim.put("hint", check.hint());
    }
    return claim;
  }
}
