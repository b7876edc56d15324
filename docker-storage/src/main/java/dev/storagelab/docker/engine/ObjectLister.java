package dev.storagelab.docker.engine;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Lists containers, volumes, networks or images that carry a label. */
final class ObjectLister {

  private ObjectLister() {}

  static List<EngineObject> list(RawApi api, EngineObject.Kind kind, String labelKey) {
    String filters = RawApi.encode("{\"label\":[\"" + labelKey.replace("\"", "") + "\"]}");
    List<EngineObject> objects = new ArrayList<>();
    switch (kind) {
      case CONTAINER -> {
        for (JsonNode c : api.get("/containers/json?all=true&filters=" + filters)) {
          List<String> names = new ArrayList<>();
          c.path("Names").forEach(n -> names.add(n.asString("").replaceFirst("^/", "")));
          objects.add(object(kind, c.path("Id").asString(""), names, c.path("Labels")));
        }
      }
      case VOLUME -> {
        for (JsonNode v : api.get("/volumes?filters=" + filters).path("Volumes")) {
          String name = v.path("Name").asString("");
          objects.add(object(kind, name, List.of(name), v.path("Labels")));
        }
      }
      case NETWORK -> {
        for (JsonNode n : api.get("/networks?filters=" + filters)) {
          objects.add(
              object(
                  kind,
                  n.path("Id").asString(""),
                  List.of(n.path("Name").asString("")),
                  n.path("Labels")));
        }
      }
      case IMAGE -> {
        for (JsonNode i : api.get("/images/json?filters=" + filters)) {
          List<String> tags = new ArrayList<>(ImageReader.strings(i.path("RepoTags")));
          tags.remove("<none>:<none>");
          objects.add(object(kind, i.path("Id").asString(""), tags, i.path("Labels")));
        }
      }
    }
    return objects;
  }

  private static EngineObject object(
      EngineObject.Kind kind, String id, List<String> names, JsonNode labels) {
    return new EngineObject(kind, id, names, VolumeReader.strings(labels));
  }
}
