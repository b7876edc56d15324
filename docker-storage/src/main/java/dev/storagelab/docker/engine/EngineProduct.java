package dev.storagelab.docker.engine;

import tools.jackson.databind.JsonNode;

/**
 * Which product answers as the engine, recognised from its own answers: a fact, for callers to
 * decide what it means to them (the lessons keep their own notes per product).
 */
public enum EngineProduct {
  /** Docker Engine (Moby), rootful or rootless. */
  DOCKER_ENGINE("Docker Engine"),
  /** Docker Desktop: the engine runs in a VM. */
  DOCKER_DESKTOP("Docker Desktop"),
  /** Podman's Docker-compatible API. */
  PODMAN("Podman");

  private final String title;

  EngineProduct(String title) {
    this.title = title;
  }

  /** The product's name, as {@code engine status} shows it. */
  public String title() {
    return title;
  }

  /** Podman names itself among {@code /version}'s components; Desktop in {@code /info}'s OS. */
  static EngineProduct recognise(JsonNode info, JsonNode version) {
    for (JsonNode component : version.path("Components")) {
      if (component.path("Name").asString("").contains("Podman")) {
        return PODMAN;
      }
    }
    return info.path("OperatingSystem").asString("").contains("Docker Desktop")
        ? DOCKER_DESKTOP
        : DOCKER_ENGINE;
  }
}
