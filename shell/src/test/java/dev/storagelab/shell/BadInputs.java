package dev.storagelab.shell;

import dev.storagelab.docker.testing.HostileYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bad-input corpus: what a hostile but fair user gives, and the exit code each must get. */
final class BadInputs {

  private static final int INPUT = 2;
  private static final int FAILED = 1;
  private static final String RUN = "docker run -v data:/app busybox";

  private BadInputs() {}

  /**
   * One case.
   *
   * @param exit the exit code it must get
   * @param words the command line; {@code {tmp}} is the case's own folder
   * @param files files to make in that folder first, path to text
   */
  record Case(int exit, List<String> words, Map<String, String> files) {
    @Override
    public String toString() {
      String line = String.join(" ", words).replace("\n", "\\n");
      return exit + ": " + (line.length() > 120 ? line.substring(0, 120) + "…" : line);
    }
  }

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    mountSpecs(cases);
    names(cases);
    options(cases);
    composeFiles(cases);
    inspectFiles(cases);
    outputFolders(cases);
    commands(cases);
    images(cases);
    processes(cases);
    room(cases);
    return cases;
  }

  /** Specs Docker refuses, through {@code mounts parse} and through {@code k8s generate --run}. */
  private static void mountSpecs(List<Case> cases) {
    List<String> specs =
        List.of(
            "-v data:/app:ro,rw",
            "-v data:/app:z,Z",
            "-v data:/app:shared,slave",
            "-v data:/app:bogus",
            "-v data:/app:nocopy,nocopy",
            "-v data:app/x",
            "-v :/app",
            "-v data:",
            "-v data::ro",
            "-v a:b:c:d",
            "-v a:/b:ro:x",
            "-v /src:/app:nocopy:ro",
            "-v data:/app:ro,",
            "-v ''",
            "-v data:/app:cached,delegated",
            "--mount type=volume",
            "--mount type=volume,dst=",
            "--mount type=bind,dst=/app",
            "--mount type=bind,src=relative,dst=/app",
            "--mount type=bind,src=/no/such/folder/anywhere,dst=/app",
            "--mount type=tmpfs,src=x,dst=/app",
            "--mount type=foo,dst=/app",
            "--mount type=volume,dst=/app,readonly=maybe",
            "--mount type=volume,dst=/app,bind-propagation=shared",
            "--mount type=bind,src=/tmp,dst=/app,volume-opt=a=b",
            "--mount type=volume,dst=/app,tmpfs-size=1m",
            "--mount type=tmpfs,dst=/app,tmpfs-size=18446744073709551617",
            "--mount type=tmpfs,dst=/app,tmpfs-size=9223372036854775808",
            "--mount type=tmpfs,dst=/app,tmpfs-size=1e23",
            "--mount type=tmpfs,dst=/app,tmpfs-size=-1",
            "--mount type=tmpfs,dst=/app,tmpfs-size=lots",
            "--mount type=tmpfs,dst=/app,tmpfs-mode=999",
            "--mount type=tmpfs,dst=/app,tmpfs-mode=x",
            "--mount type=tmpfs,dst=/app,tmpfs-mode=-1",
            "--mount type=tmpfs,dst=/app,tmpfs-mode=+755",
            "--mount type=volume,src=data,dst=/app,nosuchkey=1",
            "--mount dst",
            "--mount 'type=volume,\"dst=/app'",
            "--mount type=volume,src=bad/name,dst=/app",
            "--mount type=volume,src=.,dst=/app",
            "--mount type=bind,src=/tmp,dst=/app,bind-recursive=sometimes",
            "--mount type=volume,src=data,dst=/",
            "--tmpfs relative",
            "--tmpfs ''",
            "--tmpfs /x:size=lots",
            "--tmpfs /x:size=99999999999999999999999",
            "--tmpfs /x:mode=abc",
            "--tmpfs /x:bogus=1",
            "-v data:/app -v other:/app",
            "-v data:/app --tmpfs /app",
            "--mount type=volume,dst=/a -v xy:/a/",
            "-v 'unclosed:/app",
            "-v \"unclosed:/app",
            "-v",
            "--mount",
            "--tmpfs",
            "docker ps",
            "docker volume create data",
            "busybox",
            "''",
            "docker run --rm",
            "docker container ls -v a:/b");
    for (String spec : specs) {
      cases.add(input("mounts", "parse", spec));
      if (!spec.contains(" ")) {
        continue;
      }
      cases.add(
          input(
              "k8s",
              "generate",
              "--run",
              spec.startsWith("docker") ? spec : "docker run " + spec + " busybox",
              "--out",
              "{tmp}/out"));
    }
  }

  /** Names that no container or volume can have, and that must never reach an API path. */
  private static void names(List<Case> cases) {
    List<String> names =
        List.of(
            ".",
            "",
            "./",
            "..",
            "x/..",
            "../containers/json",
            "a b",
            "name\nwith-newline",
            "-leading-dash",
            "_leading",
            "%2e%2e",
            "x?all=1",
            "x#frag",
            "a".repeat(300) + "/",
            "\u0000nul");
    for (String name : names) {
      cases.add(input("mounts", "of", name));
      cases.add(input("mounts", "volume", name));
      cases.add(input("k8s", "generate", "--container", name, "--out", "{tmp}/out"));
      cases.add(input("k8s", "preview", "--volume", name));
    }
  }

  /** Option values Kubernetes would refuse, options without values, twice, or extra words. */
  private static void options(List<Case> cases) {
    List<List<String>> given =
        List.of(
            List.of("--namespace", "Bad_NS"),
            List.of("--namespace", "a b"),
            List.of("--namespace", ""),
            List.of("--namespace", "-lead"),
            List.of("--namespace", "x".repeat(64)),
            List.of("--namespace", "a\nb"),
            List.of("--namespace"),
            List.of("--storage-class", "fast ssd"),
            List.of("--storage-class", "Fast"),
            List.of("--storage-class", ""),
            List.of("--storage-class", "a..b"),
            List.of("--storage-class", "x".repeat(254)),
            List.of("--storage-class"),
            List.of("--node", "a b"),
            List.of("--node", "node_1"),
            List.of("--node", ""),
            List.of("--node", "n\n1"),
            List.of("--size", "0"),
            List.of("--size", "1e999"),
            List.of("--size", "-5Gi"),
            List.of("--size", "5GB"),
            List.of("--size", "lots"),
            List.of("--size", "0.5"),
            List.of("--size", "99999Ei"),
            List.of("--size", ""),
            List.of("--size"),
            List.of("--kind", "statefulsett"),
            List.of("--kind", "Pod"),
            List.of("--kind", ""),
            List.of("--kind"),
            List.of("--namespace", "a", "--namespace", "b"),
            List.of("--dynamic=maybe"),
            List.of("--json=1"),
            List.of("extra"),
            List.of("--", "extra"));
    for (List<String> options : given) {
      List<String> preview = new ArrayList<>(List.of("k8s", "preview", "--run", RUN));
      preview.addAll(options);
      cases.add(new Case(INPUT, preview, Map.of()));
      List<String> generate =
          new ArrayList<>(List.of("k8s", "generate", "--run", RUN, "--out", "{tmp}/out"));
      generate.addAll(options);
      cases.add(new Case(INPUT, generate, Map.of()));
    }
    cases.add(input("k8s", "generate", "--run", RUN, "--out"));
    cases.add(input("k8s", "generate", "--run", RUN, "--out", ""));
    cases.add(input("k8s", "generate", "--run", RUN, "--out", "a", "--out", "b"));
    cases.add(input("k8s", "generate", "--run", RUN, "--container", "web", "--out", "{tmp}/o"));
    cases.add(input("k8s", "generate", "--out", "{tmp}/out"));
    cases.add(input("k8s", "preview", "--run", ""));
    cases.add(input("k8s", "preview", "--compose", ""));
    cases.add(input("k8s", "preview", "--run"));
    cases.add(input("k8s", "apply"));
    cases.add(input("k8s", "apply", "{tmp}/no-such-folder"));
    cases.add(input("k8s", "apply", "{tmp}/no-such-folder", "--run", RUN));
    cases.add(input("k8s", "apply", "{tmp}", "--context", ""));
    cases.add(input("k8s", "apply", "{tmp}", "--kind", "job"));
    cases.add(input("k8s", "verify", "{tmp}", "--expect"));
    cases.add(input("k8s", "cluster", "start", "--image"));
    cases.add(input("k8s", "cluster", "stop", "extra"));
    cases.add(input("handout", "export", "docker-storage"));
    cases.add(input("handout", "export", "no-such-lesson", "--out", "{tmp}/h.md"));
    cases.add(input("handout", "export", "docker-storage", "--out", ""));
  }

  /** Compose files compose itself or the engine would refuse, or that try to be too much. */
  private static void composeFiles(List<Case> cases) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("not-a-mapping", "- a\n- b\n");
    files.put("scalar", "hello\n");
    files.put("empty", "");
    files.put("no-services", "volumes:\n  data: {}\n");
    files.put("version-1-layout", "web:\n  image: busybox\n  volumes: [\"/srv:/srv\"]\n");
    files.put("services-list", "services: [web]\n");
    files.put("service-number", "services:\n  web: 5\n");
    files.put("service-null", "services:\n  web:\n");
    files.put("volumes-string", "services:\n  web:\n    volumes: \"a:/b\"\n");
    files.put("volumes-map", "services:\n  web:\n    volumes: {a: /b}\n");
    files.put(
        "driver-opts-list",
        "services:\n  web:\n    volumes: [d:/d]\nvolumes:\n  d:\n    driver_opts: [a=b]\n");
    files.put(
        "read-only-maybe",
        "services:\n  web:\n    volumes: [{type: volume, target: /d, read_only: maybe}]\n");
    files.put(
        "tmpfs-size-negative",
        "services:\n  web:\n    volumes: [{type: tmpfs, target: /d, tmpfs: {size: -1}}]\n");
    files.put(
        "tmpfs-size-float",
        "services:\n  web:\n    volumes: [{type: tmpfs, target: /d, tmpfs: {size: 1e23}}]\n");
    files.put(
        "tmpfs-size-huge",
        "services:\n  web:\n    volumes: [{type: tmpfs, target: /d, tmpfs: {size: 99999999999999999999999}}]\n");
    files.put("duplicate-target", "services:\n  web:\n    volumes: [\"/a:/app\", \"/b:/app\"]\n");
    files.put("ro-and-rw", "services:\n  web:\n    volumes: [\"/a:/app:ro,rw\"]\n");
    files.put("bad-mode", "services:\n  web:\n    volumes: [\"/a:/app:bogus\"]\n");
    files.put("undeclared-volume", "services:\n  web:\n    volumes: [\"data:/app\"]\n");
    files.put("relative-target", "services:\n  web:\n    volumes: [\"/a:app\"]\n");
    files.put("too-many-colons", "services:\n  web:\n    volumes: [\"a:/b:ro:x\"]\n");
    files.put("undefined-alias", "services:\n  web:\n    volumes: *nope\n");
    files.put("recursive-alias", "x: &x [*x]\nservices:\n  web: {image: a}\n");
    files.put("billion-laughs", HostileYaml.billionLaughs());
    files.put("syntax-error", "services:\n  web:\n    image: [busybox\n  db: {}\n");
    files.put("tab-indent", "services:\n\tweb:\n\t\timage: a\n");
    files.put("duplicate-key", "services:\n  web:\n    image: a\n    image: b\n");
    files.put("unclosed-variable", "services:\n  web:\n    volumes: [\"${DATA:/app\"]\n");
    files.put(
        "required-variable", "services:\n  web:\n    volumes: [\"${NOPE_UNSET_X:?set it}:/a\"]\n");
    files.put(
        "deep-defaults",
        "services:\n  web:\n    image: \""
            + "${A:-".repeat(3000)
            + "x"
            + "}".repeat(3000)
            + "\"\n");
    files.put("long-type", "services:\n  web:\n    volumes: [{type: nfs, target: /d}]\n");
    files.put("bind-no-source", "services:\n  web:\n    volumes: [{type: bind, target: /d}]\n");
    files.put(
        "bad-propagation",
        "services:\n  web:\n    volumes: [{type: bind, source: /a, target: /d, bind: {propagation: sideways}}]\n");
    files.put("tmpfs-relative", "services:\n  web:\n    tmpfs: [run]\n");
    files.put("command-map", "services:\n  web:\n    command: {a: b}\n");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Map<String, String> fixture = Map.of(file.getKey() + "/compose.yaml", file.getValue());
      String path = "{tmp}/" + file.getKey() + "/compose.yaml";
      cases.add(new Case(INPUT, List.of("mounts", "compose", path), fixture));
      cases.add(
          new Case(
              INPUT, List.of("k8s", "generate", "--compose", path, "--out", "{tmp}/out"), fixture));
    }
    cases.add(input("mounts", "compose", "/dev/zero"));
    cases.add(input("mounts", "compose", "/dev/null"));
    cases.add(input("mounts", "compose", "{tmp}"));
    cases.add(input("mounts", "compose", "{tmp}/missing.yaml"));
    cases.add(input("mounts", "compose", "a\u0000b"));
    cases.add(input("mounts", "compose"));
    cases.add(input("mounts", "compose", "a.yaml", "b.yaml"));
    cases.add(
        new Case(INPUT, List.of("mounts", "compose", "{tmp}/big.yaml"), Map.of("big.yaml", big())));
  }

  /** Files that are not one container's {@code docker inspect} output. */
  private static void inspectFiles(List<Case> cases) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("text.json", "not json at all");
    files.put("number.json", "42");
    files.put("empty-list.json", "[]");
    files.put("two.json", "[{\"Mounts\":[],\"HostConfig\":{}},{\"Mounts\":[],\"HostConfig\":{}}]");
    files.put("no-mounts.json", "{\"HostConfig\":{}}");
    files.put("list-of-string.json", "[\"x\"]");
    files.put("truncated.json", "[{\"Mounts\": [");
    files.put("tmpfs-number.json", "[{\"Mounts\":[],\"HostConfig\":{\"Tmpfs\":5}}]");
    files.put("binds-string.json", "[{\"Mounts\":[],\"HostConfig\":{\"Binds\":\"x\"}}]");
    files.put("mounts-object.json", "{\"Mounts\":{},\"HostConfig\":{}}");
    files.put("mount-number.json", "{\"Mounts\":[5],\"HostConfig\":{}}");
    files.put(
        "rw-string.json", "{\"Mounts\":[{\"Type\":\"bind\",\"RW\":\"yes\"}],\"HostConfig\":{}}");
    files.put("hostconfig-list.json", "{\"Mounts\":[],\"HostConfig\":[]}");
    for (Map.Entry<String, String> file : files.entrySet()) {
      cases.add(
          new Case(
              INPUT,
              List.of("mounts", "of", "{tmp}/" + file.getKey()),
              Map.of(file.getKey(), file.getValue())));
    }
  }

  /** Output folders that cannot take the manifests: nothing may be half-written. */
  private static void outputFolders(List<Case> cases) {
    cases.add(generate(FAILED, "{tmp}/file", Map.of("file", "not a folder")));
    cases.add(generate(FAILED, "{tmp}/file/below", Map.of("file", "not a folder")));
    cases.add(generate(FAILED, "/dev/null", Map.of()));
    cases.add(generate(INPUT, "{tmp}/out", Map.of("out/MAPPING.md", "mine")));
    cases.add(generate(INPUT, "{tmp}/out", Map.of("out/30-pod-busybox.yaml", "mine")));
    cases.add(
        generate(FAILED, "{tmp}/out", Map.of("out/MAPPING.md/inside", "a folder"), "--force"));
    cases.add(generate(INPUT, "a\u0000b", Map.of()));
  }

  private static Case generate(int exit, String out, Map<String, String> files, String... more) {
    List<String> words = new ArrayList<>(List.of("k8s", "generate", "--run", RUN, "--out", out));
    words.addAll(List.of(more));
    return new Case(exit, words, files);
  }

  /** Commands, sub-commands and arguments that do not exist. */
  private static void commands(List<Case> cases) {
    cases.add(input("frobnicate"));
    cases.add(input("help", "nonexistent"));
    // Relative paths: nothing may appear in the working folder either.
    cases.add(
        input(
            "k8s",
            "generate",
            "--run",
            "docker run -v data:/app:ro,rw busybox",
            "--out",
            "rel-out"));
    cases.add(input("handout", "export", "no-such-lesson", "--out", "rel-handout.md"));
    cases.add(input("mounts", "of", "rel-dir/missing-inspect.json"));
    cases.add(input("help", "mounts", "frob"));
    cases.add(input("help", "lesson", "strat"));
    cases.add(input("mounts"));
    cases.add(input("mounts", "frob"));
    cases.add(input("engine", "status", "extra"));
    cases.add(input("engine", "status", "--jsn"));
    cases.add(input("engine", "status", "-json"));
    cases.add(input("engine", "status", "--json", "--json"));
    cases.add(input("lab", "cleanup", "now"));
    cases.add(input("mounts", "parse"));
    cases.add(input("mounts", "of"));
    cases.add(input("mounts", "of", "a", "b"));
    cases.add(input("mounts", "volume"));
    cases.add(input("lesson", "run", "no-such-lesson"));
    cases.add(input("lesson", "run"));
    cases.add(input("lesson", "start", "nope"));
    cases.add(input("lesson", "run", "docker-storage", "extra"));
    cases.add(input("lesson", "practice"));
    cases.add(input("lesson", "practice", "no-such-lesson"));
    cases.add(input("lesson", "practice", "k8s-bridge"));
    cases.add(input("lesson", "practice", "docker-storage", "x"));
    cases.add(input("lesson", "practice", "docker-storage", "99"));
    cases.add(input("lesson", "practice", "docker-storage", "-1"));
    cases.add(input("lesson", "practice", "docker-storage", "1", "2"));
    cases.add(input("lesson", "check", "abc"));
    cases.add(input("lesson", "run", "docker-storage", "--predict"));
    cases.add(input("lesson", "run", "docker-storage", "--answers", "7=maybe"));
    cases.add(input("lesson", "run", "docker-storage", "--answers", "x=1"));
    cases.add(input("lesson", "run", "docker-storage", "--answers", "0=yes"));
    cases.add(input("lesson", "run", "docker-storage", "--answers", "99=yes"));
  }

  /**
   * How a program runs, through {@code k8s preview} and {@code k8s generate}: values Docker or
   * compose refuses (a malformed env file, a healthcheck duration, a user), and what a Kubernetes
   * object cannot say (a port range).
   */
  private static void processes(List<Case> cases) {
    List<String> lines =
        List.of(
            "docker run -p 8000-8010:80 busybox",
            "docker run -p 80:8000-8010 busybox",
            "docker run -p 0:80 busybox",
            "docker run -p 80/icmp busybox",
            "docker run --expose 99999 busybox",
            "docker run --health-cmd true --health-interval 10 busybox",
            "docker run --health-cmd true --health-interval 1x busybox",
            "docker run --health-cmd true --health-timeout 10ns busybox",
            "docker run --health-cmd true --health-retries -1 busybox",
            "docker run --health-cmd true --no-healthcheck busybox",
            "docker run -u 1:2:3 busybox",
            "docker run -u 'a b' busybox",
            "docker run --restart maybe busybox",
            "docker run -m 12qb busybox",
            "docker run --cpus many busybox",
            "docker run -e '=value' busybox",
            "docker run -e 'A B=1' busybox",
            "docker run --cap-add 'NET ADMIN' busybox",
            "docker run --privileged=perhaps busybox",
            "docker run --env-file {tmp}/missing.env busybox",
            "docker run --env-file {tmp} busybox");
    for (String line : lines) {
      cases.add(input("k8s", "preview", "--run", line));
    }
    for (String env : List.of("GOOD=1\nBAD NAME=2\n", "=nothing\n", "OK=1\n SPACE D=1\n")) {
      cases.add(
          new Case(
              INPUT,
              List.of("k8s", "preview", "--run", "docker run --env-file {tmp}/app.env busybox"),
              Map.of("app.env", env)));
    }
    Map<String, String> services = new LinkedHashMap<>();
    services.put("port-range", "    ports: ['8000-8010:80']\n");
    services.put(
        "health-duration", "    healthcheck:\n      test: [CMD, 'true']\n      interval: soon\n");
    services.put("health-test", "    healthcheck:\n      test: [WHAT, 'true']\n");
    services.put("user", "    user: 'a:b:c'\n");
    services.put("env-file", "    env_file: missing.env\n");
    services.put("restart", "    restart: sometimes\n");
    services.put("cpus", "    cpus: lots\n");
    for (Map.Entry<String, String> service : services.entrySet()) {
      String file = service.getKey() + ".yaml";
      cases.add(
          new Case(
              INPUT,
              List.of("k8s", "preview", "--compose", "{tmp}/" + file),
              Map.of(file, "services:\n  s:\n    image: busybox\n" + service.getValue())));
    }
  }

  /**
   * {@code image layers}, {@code image files} and {@code container changes}: a missing image, bad
   * references and layer numbers, and archives that are truncated, hostile or no image at all.
   */
  private static void images(List<Case> cases) {
    cases.add(input("image", "layers"));
    cases.add(input("image", "layers", "a", "b"));
    cases.add(input("image", "layers", "storage-lab-no-such-image:never"));
    cases.add(input("image", "layers", "Upper/Case"));
    cases.add(input("image", "layers", "../containers/json"));
    cases.add(input("image", "layers", "a:b:c"));
    cases.add(input("image", "layers", ""));
    cases.add(input("image", "layers", "x", "--archive", "{tmp}/none.tar"));
    cases.add(input("image", "files", "storage-lab-no-such-image:never"));
    cases.add(input("image", "files", "--archive", "{tmp}/none.tar", "--layer", "0"));
    cases.add(input("container", "changes"));
    cases.add(input("container", "changes", "storage-lab-no-such-container"));
    cases.add(input("container", "changes", "../x"));
    String image = image(Map.of("app/a", "x"));
    for (String layer : List.of("99", "-1", "x", "1.5", "9999999999")) {
      cases.add(
          new Case(
              INPUT,
              List.of("image", "files", "--archive", "{tmp}/ok.tar", "--layer", layer),
              Map.of("ok.tar", image)));
    }
    Map<String, String> archives = new LinkedHashMap<>();
    archives.put("text.tar", "not a tar at all");
    archives.put("empty.tar", "");
    archives.put("no-image.tar", tar(Map.of("notes.txt", "hello")));
    archives.put("truncated.tar", image.substring(0, image.length() / 2));
    archives.put("climbs.tar", image(Map.of("../../etc/passwd", "x")));
    archives.put("hard-link-out.tar", image(Map.of("link@", "../../../etc/shadow")));
    archives.put("layer-not-tar.tar", imageWithLayer("x".repeat(2048)));
    archives.put("whiteout-dots.tar", image(Map.of("app/.wh...", "")));
    archives.put(
        "missing-layer.tar",
        tar(
            Map.of(
                "c.json",
                "{\"rootfs\":{\"diff_ids\":[\"sha256:1\"]}}",
                "manifest.json",
                "[{\"Config\":\"c.json\",\"Layers\":[\"gone/layer.tar\"]}]")));
    archives.put("manifest-not-json.tar", tar(Map.of("manifest.json", "[{ nope")));
    archives.put(
        "index-no-blob.tar",
        tar(
            Map.of(
                "index.json", "{\"manifests\":[{\"digest\":\"sha256:" + "a".repeat(64) + "\"}]}")));
    for (Map.Entry<String, String> archive : archives.entrySet()) {
      for (String command : List.of("layers", "files")) {
        cases.add(
            new Case(
                INPUT,
                List.of("image", command, "--archive", "{tmp}/" + archive.getKey()),
                Map.of(archive.getKey(), archive.getValue())));
      }
    }
    cases.add(input("image", "layers", "--archive", "{tmp}"));
    cases.add(input("image", "layers", "--archive", "/dev/null"));
  }

  /**
   * A docker save archive of one image whose one layer holds these files ({@code name@}: a hard
   * link).
   */
  private static String image(Map<String, String> files) {
    return imageWithLayer(tar(files));
  }

  private static String imageWithLayer(String layer) {
    return tar(
        Map.of(
            "l/layer.tar",
            layer,
            "c.json",
            "{\"rootfs\":{\"diff_ids\":[\"sha256:1\"]}}",
            "manifest.json",
            "[{\"Config\":\"c.json\",\"Layers\":[\"l/layer.tar\"]}]"));
  }

  /** A tar of ASCII files, as text (the corpus writes its files as text). */
  private static String tar(Map<String, String> files) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
      for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
        boolean link = file.getKey().endsWith("@");
        var entry =
            new org.apache.commons.compress.archivers.tar.TarArchiveEntry(
                file.getKey().replace("@", ""),
                link
                    ? org.apache.commons.compress.archivers.tar.TarConstants.LF_LINK
                    : org.apache.commons.compress.archivers.tar.TarConstants.LF_NORMAL,
                true);
        byte[] content = file.getValue().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (link) {
          entry.setLinkName(file.getValue());
          content = new byte[0];
        }
        entry.setSize(content.length);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** The instructor's commands: learners, engines and ports that are not there. */
  private static void room(List<Case> cases) {
    cases.add(input("class", "status", "nobody-at-all"));
    cases.add(input("class", "predictions", "extra"));
    cases.add(input("class", "reset", "nobody-at-all"));
    cases.add(input("class", "reset"));
    cases.add(input("class", "reset", "ann", "--all"));
    cases.add(
        input(
            "class",
            "reset",
            "--all",
            "--host",
            "tcp://127.0.0.1:1",
            "--host",
            "tcp://127.0.0.1:2"));
    cases.add(input("class", "cleanup", "--context", "a", "--context", "b"));
    cases.add(input("class", "status", "--host="));
    cases.add(input("class", "status", "--context", "a,,b"));
    cases.add(input("class", "serve", "--port", "99999"));
    cases.add(input("class", "serve", "--port", "http"));
    cases.add(input("class", "serve", "--port", "0"));
    cases.add(input("class", "serve", "--port", "{busyport}"));
    cases.add(input("lesson", "status", "--json", "--json"));
    cases.add(
        new Case(FAILED, List.of("class", "status", "--context", "no-such-context"), Map.of()));
    cases.add(
        new Case(FAILED, List.of("class", "status", "--host", "tcp://127.0.0.1:1"), Map.of()));
    cases.add(
        new Case(FAILED, List.of("class", "predictions", "--host", "tcp://127.0.0.1:1"), Map.of()));
    cases.add(new Case(FAILED, List.of("class", "status", NEWER_LEARNER), Map.of()));
  }

  /** A learner whose record the corpus test leaves on the engine, written by a newer version. */
  static final String NEWER_LEARNER = "corpus-newer";

  private static Case input(String... words) {
    return new Case(INPUT, List.of(words), Map.of());
  }

  private static String big() {
    return "services:\n  web:\n    image: a\n# " + "x".repeat(4 << 20) + "\n";
  }
}
