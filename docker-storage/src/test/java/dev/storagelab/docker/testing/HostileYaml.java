package dev.storagelab.docker.testing;

/** YAML made to hurt a reader, for the tests that prove it does not. */
public final class HostileYaml {

  private HostileYaml() {}

  /**
   * A "billion laughs" compose file: ten levels of ten aliases, 10^10 values once expanded, a few
   * hundred bytes as written.
   */
  public static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    return yaml.append("services:\n  web:\n    image: busybox\n").toString();
  }
}
