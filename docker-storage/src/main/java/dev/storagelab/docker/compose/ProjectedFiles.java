package dev.storagelab.docker.compose;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.MountPaths;
import dev.storagelab.docker.mounts.MountSpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/** Reads the top-level {@code secrets} or {@code configs} and a service's references to them. */
final class ProjectedFiles {

  private final ProjectedFile.Kind kind;
  private final ComposeValues values;
  private final Map<String, Declaration> declared = new LinkedHashMap<>();

  private ProjectedFiles(ProjectedFile.Kind kind, ComposeValues values) {
    this.kind = kind;
    this.values = values;
  }

  /**
   * The declarations of one kind in a compose file's root, host files resolved against {@code dir}.
   */
  static ProjectedFiles declared(
      ProjectedFile.Kind kind, JsonNode root, ComposeValues values, Path dir) {
    ProjectedFiles files = new ProjectedFiles(kind, values);
    values
        .mapping(root.path(kind.section()), kind.section())
        .forEachEntry((key, node) -> files.declared.put(key, files.declaration(key, node, dir)));
    return files;
  }

  /** A service's references, each resolved to its declaration and its target. */
  List<ProjectedFile> of(JsonNode service, String where) {
    List<ProjectedFile> files = new ArrayList<>();
    int index = 0;
    String section = where + "." + kind.section();
    for (JsonNode ref : values.sequence(service.path(kind.section()), section)) {
      String at = section + "[" + index++ + "]";
      JsonNode node = ref.isObject() ? ref : null;
      String key =
          values.text(node == null ? ref : node.path("source"), node == null ? at : at + ".source");
      Declaration declaration = declared.get(key);
      if (declaration == null) {
        throw new MountSpecException(
            at,
            key,
            "refers to "
                + kind.section().substring(0, kind.section().length() - 1)
                + " '"
                + key
                + "', which the top-level "
                + kind.section()
                + " do not declare",
            -1);
      }
      String target = node == null ? "" : values.text(node.path("target"), at + ".target");
      String path = kind.targetOf(target.isEmpty() ? key : target);
      String problem = MountPaths.targetProblem(path);
      if (problem != null) {
        throw new MountSpecException(at + ".target", target, problem, -1);
      }
      OptionalInt mode =
          node == null ? OptionalInt.empty() : values.mode(node.path("mode"), at + ".mode");
      files.add(new ProjectedFile(kind, key, declaration.origin(), declaration.from(), path, mode));
    }
    return files;
  }

  private Declaration declaration(String key, JsonNode declared, Path dir) {
    String where = kind.section() + "." + key;
    JsonNode node = values.mapping(declared, where);
    List<Declaration> given = new ArrayList<>();
    String file = values.text(node.path("file"), where + ".file");
    if (!file.isEmpty()) {
      given.add(
          new Declaration(
              ProjectedFile.Origin.FILE,
              dir.resolve(file).toAbsolutePath().normalize().toString()));
    }
    String environment = values.text(node.path("environment"), where + ".environment");
    if (!environment.isEmpty()) {
      given.add(new Declaration(ProjectedFile.Origin.ENVIRONMENT, environment));
    }
    if (kind == ProjectedFile.Kind.CONFIG && !ComposeValues.absent(node.path("content"))) {
      given.add(
          new Declaration(
              ProjectedFile.Origin.CONTENT, values.text(node.path("content"), where + ".content")));
    }
    if (values.external(node.path("external"), where + ".external")) {
      String name = values.text(node.path("name"), where + ".name");
      given.add(new Declaration(ProjectedFile.Origin.EXTERNAL, name.isEmpty() ? key : name));
    }
    if (given.size() != 1) {
      throw new InputException(
          where
              + " needs exactly one of file, environment"
              + (kind == ProjectedFile.Kind.CONFIG ? ", content" : "")
              + " or external: true",
          key);
    }
    return given.get(0);
  }

  /** Where a declared secret or config comes from. */
  private record Declaration(ProjectedFile.Origin origin, String from) {}
}
