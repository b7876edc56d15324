package dev.storagelab.docker.mounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every spec of {@code mounts/corpus.txt} is given to the real docker CLI and engine and to our
 * parsers: both must accept or both refuse, and what the engine reports of an accepted mount must
 * be what we read.
 */
@RequiresEngine
class MountCorpusTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SUFFIX = "-sltest" + UUID.randomUUID().toString().substring(0, 6);
  private static String image;

  /** Volume names in the corpus without the run's suffix that Docker accepts and creates. */
  private static final List<String> FIXED_NAMES = List.of("ab");

  private static List<String> existedBefore;

  @TempDir static Path tmp;

  @BeforeAll
  static void baseImage() throws IOException {
    existedBefore = DockerCli.ok("volume", "ls", "-q").lines().toList();
    try (var engine = EngineConnector.connect()) {
      image = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
    }
    Files.createDirectories(tmp.resolve("exists"));
    Files.writeString(tmp.resolve("file"), "setting=1\n");
    Files.createDirectories(tmp.resolve("rel"));
  }

  @AfterAll
  static void removeVolumes() {
    for (String name : DockerCli.ok("volume", "ls", "-q").lines().toList()) {
      if (name.endsWith(SUFFIX) || FIXED_NAMES.contains(name) && !existedBefore.contains(name)) {
        DockerCli.run("volume", "rm", "-f", name);
      }
    }
  }

  @Test
  void ourParsersAgreeWithDockerOnEverySpecOfTheCorpus() throws Exception {
    List<String[]> corpus = corpus();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> verdicts = new ArrayList<>();
    for (String[] entry : corpus) {
      verdicts.add(pool.submit(() -> compare(entry[0], entry[1])));
    }
    List<String> disagreements = new ArrayList<>();
    for (Future<String> verdict : verdicts) {
      String disagreement = verdict.get();
      if (disagreement != null) {
        disagreements.add(disagreement);
      }
    }
    pool.shutdown();

    assertThat(corpus).hasSizeGreaterThan(120);
    assertThat(disagreements).as("specs where we and Docker disagree").isEmpty();
  }

  @Test
  void ourRunLineReaderFindsTheMountsDockerMakesOfEveryLine() throws Exception {
    List<String> lines = resource("/mounts/runlines.txt");
    List<String> disagreements = new ArrayList<>();
    for (String template : lines) {
      String line = substitute(template).replace("$IMAGE", image);
      String verdict = compareLine(template, line);
      if (verdict != null) {
        disagreements.add(verdict);
      }
    }

    assertThat(lines).hasSizeGreaterThanOrEqualTo(20);
    assertThat(disagreements).as("run lines where we and Docker disagree").isEmpty();
  }

  private static String compareLine(String template, String line) {
    List<String> ours;
    String ourError = null;
    try {
      ours =
          RunLine.parse(line, new ParseContext(tmp, "local", true)).mounts().stream()
              .map(m -> m.type().word() + " " + m.target())
              .sorted()
              .toList();
    } catch (InputException e) {
      ours = null;
      ourError = e.getMessage();
    }
    String create =
        line.replaceFirst(
                "^docker (container )?(run|create)", "docker create --label sltest=" + SUFFIX)
            .replace(" -dit ", " -it ")
            .replace(" -d ", " ");
    DockerCli.Result created = DockerCli.shell(tmp, create);
    if (!created.ok()) {
      return ours == null
          ? null
          : template + ": Docker refuses it (" + created.err() + "), we read " + ours;
    }
    String id = created.out().lines().reduce((a, b) -> b).orElseThrow();
    try {
      JsonNode inspect = JSON.readTree(DockerCli.ok("inspect", id)).path(0);
      List<String> docker = new ArrayList<>();
      inspect
          .path("Mounts")
          .forEach(
              m ->
                  docker.add(
                      m.path("Type").asString("") + " " + m.path("Destination").asString("")));
      inspect
          .path("HostConfig")
          .path("Tmpfs")
          .forEachEntry((target, options) -> docker.add("tmpfs " + target));
      List<String> sorted = docker.stream().distinct().sorted().toList();
      if (ours == null) {
        return template + ": Docker accepts it, we refuse it: " + ourError;
      }
      return sorted.equals(ours) ? null : template + ": Docker mounts " + sorted + ", ours " + ours;
    } finally {
      DockerCli.run("rm", "-fv", id);
    }
  }

  private static String compare(String flag, String template) {
    String spec = substitute(template);
    Optional<Mount> ours;
    String ourError = null;
    try {
      ours = Optional.of(RunLine.parseMount(flag, spec, new ParseContext(tmp, "local", true)));
    } catch (MountSpecException e) {
      ours = Optional.empty();
      ourError = e.getMessage();
    }
    EngineView docker = EngineView.of(flag, spec);
    String where = flag + " " + template;
    if (docker.error() != null || ours.isEmpty()) {
      if (docker.error() == null) {
        return where + ": Docker accepts it, we refuse it: " + ourError;
      }
      if (ours.isPresent()) {
        return where + ": Docker refuses it (" + docker.error() + "), we read " + ours.get();
      }
      return null;
    }
    return docker.disagreement(ours.get()).map(d -> where + ": " + d).orElse(null);
  }

  /** What the engine made of one spec. */
  private record EngineView(
      String error,
      String type,
      String source,
      String target,
      boolean readOnly,
      String propagation,
      Long sizeBytes) {

    static EngineView of(String flag, String spec) {
      boolean tmpfs =
          flag.equals("--tmpfs") || spec.toLowerCase().matches("(.*,)?type=tmpfs(,.*)?");
      DockerCli.Result created =
          DockerCli.runIn(
              tmp,
              "create",
              "--label",
              "sltest=" + SUFFIX,
              flag,
              spec,
              image,
              "cat",
              "/proc/mounts");
      if (!created.ok()) {
        return failed(created.err());
      }
      String id = created.out().lines().reduce((a, b) -> b).orElseThrow();
      try {
        String mounts = "";
        if (tmpfs) {
          DockerCli.Result started = DockerCli.run("start", "-a", id);
          if (!started.ok()) {
            return failed(started.err());
          }
          mounts = started.out();
        }
        JsonNode inspect = JSON.readTree(DockerCli.ok("inspect", id)).path(0);
        return tmpfs ? tmpfsView(inspect, mounts) : mountView(inspect.path("Mounts").path(0));
      } finally {
        DockerCli.run("rm", "-fv", id);
      }
    }

    private static EngineView failed(String error) {
      return new EngineView(
          error.isBlank() ? "refused" : error, null, null, null, false, null, null);
    }

    private static EngineView mountView(JsonNode m) {
      String type = m.path("Type").asString("");
      String source =
          type.equals("volume")
              ? (m.path("Name").asString("").matches("[0-9a-f]{64}")
                  ? null
                  : m.path("Name").asString(""))
              : m.path("Source").asString("");
      String propagation = m.path("Propagation").asString("");
      return new EngineView(
          null,
          type,
          source,
          m.path("Destination").asString(""),
          !m.path("RW").asBoolean(true),
          propagation.isEmpty() ? null : propagation,
          null);
    }

    private static EngineView tmpfsView(JsonNode inspect, String procMounts) {
      JsonNode declared = inspect.path("HostConfig").path("Mounts").path(0);
      String target =
          declared.isMissingNode()
              ? inspect.path("HostConfig").path("Tmpfs").propertyNames().iterator().next()
              : declared.path("Target").asString("");
      String clean = MountPaths.clean(target);
      String line =
          procMounts.lines().filter(l -> l.split(" ")[1].equals(clean)).findFirst().orElse("");
      String[] options = line.isEmpty() ? new String[0] : line.split(" ")[3].split(",");
      boolean readOnly = List.of(options).contains("ro");
      Long size = null;
      for (String option : options) {
        if (option.startsWith("size=")) {
          size = Sizes.kernelBytes(option.substring(5)).orElseThrow();
        }
      }
      return new EngineView(null, "tmpfs", null, clean, readOnly, null, size);
    }

    Optional<String> disagreement(Mount ours) {
      List<String> differences = new ArrayList<>();
      differ(differences, "type", type, ours.type().word());
      differ(differences, "target", target, ours.target());
      differ(differences, "readOnly", readOnly, ours.readOnly());
      if (ours instanceof VolumeMount v) {
        differ(differences, "source", source, v.name().orElse(null));
      } else if (ours instanceof BindMount b) {
        differ(differences, "source", source, b.source());
        differ(differences, "propagation", propagation, b.propagation().word());
      } else if (ours instanceof TmpfsMount t && t.sizeBytes().isPresent()) {
        differ(differences, "sizeBytes", sizeBytes, t.sizeBytes().getAsLong());
      }
      return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    private static void differ(List<String> out, String what, Object docker, Object ours) {
      if (!Objects.equals(docker, ours)) {
        out.add(what + ": Docker " + docker + ", ours " + ours);
      }
    }
  }

  private static String substitute(String template) {
    return template
        .replace("$S", SUFFIX)
        .replace("$EXISTS", tmp.resolve("exists").toString())
        .replace("$FILE", tmp.resolve("file").toString())
        .replace("$MISSING", tmp.resolve("missing-" + UUID.randomUUID()).toString())
        .replace("$TMP", tmp.toString());
  }

  private static List<String[]> corpus() throws IOException {
    return resource("/mounts/corpus.txt").stream().map(line -> line.split(" ", 2)).toList();
  }

  private static List<String> resource(String name) throws IOException {
    try (InputStream in = MountCorpusTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    }
  }
}
