package dev.storagelab.docker.engine;

/** Engine statuses read from recorded answers, for tests outside this package. */
public final class EngineStatuses {

  private EngineStatuses() {}

  /** The status the engine's own reader makes of these {@code /info} and {@code /version}. */
  public static EngineStatus of(String info, String version) {
    return EngineProductTest.status(info, version);
  }
}
