package dev.storagelab.k8s.bridge;

import java.util.List;

/** The reference cases, for tests in other packages. */
public final class GoldenCasesAccess {

  private GoldenCasesAccess() {}

  /** Every manifest of every reference case. */
  public static List<Manifest> allManifests() {
    return GoldenFilesTest.allManifests();
  }

  /** One reference case's plan. */
  public static BridgePlan plan(String name) {
    return GoldenCases.all().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow()
        .plan();
  }

  /** Every reference case's plan. */
  public static List<BridgePlan> plans() {
    return GoldenCases.all().stream().map(GoldenCases.Case::plan).toList();
  }
}
