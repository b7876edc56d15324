package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No credential reaches a manifest, an annotation, a comment, MAPPING.md or the terminal, from any
 * source and for every kind of driver, neither as given nor base64-encoded (as a Secret's {@code
 * data} would hold it): a CSI driver's becomes a reference to a Secret that holds placeholders, and
 * one with no such place (NFS mount options, a driver storage-lab does not know) is redacted.
 */
class CredentialsNeverShownTest {

  private static final String SECRET = "S3cret-value";

  /** A run of base64 characters long enough to hide the credential. */
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{12,}={0,2}");

  private static final List<String> RUN_LINES =
      List.of(
          "docker run --mount 'type=volume,src=db,dst=/db,volume-driver=rexray/ebs,volume-opt=secretkey="
              + SECRET
              + ",volume-opt=secret_key="
              + SECRET
              + ",volume-opt=access_token="
              + SECRET
              + ",volume-opt=apikey="
              + SECRET
              + ",volume-opt=size=10' mysql:8",
          "docker run --mount 'type=volume,src=files,dst=/files,volume-opt=type=cifs,volume-opt=device=//srv/team,\"volume-opt=o=addr=srv,username=alice,pass="
              + SECRET
              + ",password="
              + SECRET
              + ",vers=3.0\"' app:1",
          "docker run --mount 'type=volume,src=shared,dst=/shared,volume-opt=type=nfs,\"volume-opt=o=addr=10.0.0.5,password="
              + SECRET
              + ",rw\",volume-opt=device=:/exports/shared' app:1",
          "docker run --mount 'type=volume,src=things,dst=/things,volume-driver=acme/store,volume-opt=token="
              + SECRET
              + "' app:1",
          "docker run --mount 'type=volume,src=url,dst=/u,volume-driver=rexray/ebs,volume-opt=endpoint=https://bob:"
              + SECRET
              + "@store.example' app:1");

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

  @TempDir Path dir;

  @Test
  void runLinesOfEveryDriverKindShowNoCredential() throws IOException {
    for (String line : RUN_LINES) {
      assertShownNowhere(List.of("mounts", "parse", line));
      assertShownNowhere(List.of("mounts", "parse", line, "--json"));
      assertShownNowhere(List.of("k8s", "preview", "--run", line));
      assertShownNowhere(List.of("k8s", "preview", "--run", line, "--json"));
      assertShownNowhere(List.of("k8s", "preview", "--run", line, "--dynamic"));
      assertGeneratedNowhere("--run", line);
    }
  }

  @Test
  void composeDriverOptionsShowNoCredential() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("compose.yaml"),
            "services:\n  db:\n    image: mysql:8\n    volumes: [data:/db, files:/files]\n"
                + "volumes:\n  data:\n    driver: rexray/ebs\n    driver_opts:\n      secretkey: "
                + SECRET
                + "\n  files:\n    driver_opts:\n      type: cifs\n      device: //srv/team\n"
                + "      o: addr=srv,username=alice,password="
                + SECRET
                + "\n");

    assertShownNowhere(List.of("mounts", "compose", file.toString()));
    assertShownNowhere(List.of("mounts", "compose", file.toString(), "--json"));
    assertShownNowhere(List.of("k8s", "preview", "--compose", file.toString()));
    assertGeneratedNowhere("--compose", file.toString());
  }

  @Test
  void environmentCredentialsOfRunLinesAndEnvFilesShowNowhere() throws IOException {
    Path envFile =
        Files.writeString(
            dir.resolve("app.env"),
            "# the app's settings\nAPP_MODE=prod\nAPI_TOKEN="
                + SECRET
                + "\nSIGNING_KEY="
                + SECRET
                + "\n");
    List<String> lines =
        List.of(
            "docker run -e MYSQL_ROOT_PASSWORD=" + SECRET + " -e APP_MODE=prod mariadb:11",
            "docker run --env=DB_PASSWD="
                + SECRET
                + " --env AWS_SECRET_ACCESS_KEY="
                + SECRET
                + " app:1",
            "docker run --env-file " + envFile + " app:1",
            "docker run -e DATABASE_URL=postgres://app:" + SECRET + "@db/app app:1");
    for (String line : lines) {
      assertShownNowhere(List.of("k8s", "preview", "--run", line));
      assertShownNowhere(List.of("k8s", "preview", "--run", line, "--json"));
      assertGeneratedNowhere("--run", line);
    }
    Path out = dir.resolve("env-out");
    ShellRun run =
        ShellRun.of(shell, "k8s", "generate", "--run", lines.get(0), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(onlyFile(out, "30-pod-"))
        .content()
        .contains("secretKeyRef")
        .contains("name: mariadb-env")
        .contains("value: prod");
    assertThat(onlyFile(out, "05-secret-mariadb-env"))
        .content()
        .contains("MYSQL_ROOT_PASSWORD: REPLACE-ME");
  }

  @Test
  void environmentCredentialsOfComposeFilesShowNowhere() throws IOException {
    Files.writeString(dir.resolve("db.env"), "MYSQL_PASSWORD=" + SECRET + "\n");
    Path file =
        Files.writeString(
            dir.resolve("compose-env.yaml"),
            "services:\n  db:\n    image: mariadb:11\n    env_file: db.env\n    environment:\n"
                + "      MYSQL_ROOT_PASSWORD: "
                + SECRET
                + "\n      MYSQL_DATABASE: wordpress\n  web:\n    image: wordpress\n    environment:\n"
                + "      - WORDPRESS_DB_PASSWORD="
                + SECRET
                + "\n    ports: ['80:80']\n");

    assertShownNowhere(List.of("k8s", "preview", "--compose", file.toString()));
    assertShownNowhere(List.of("k8s", "preview", "--compose", file.toString(), "--json"));
    assertGeneratedNowhere("--compose", file.toString());
  }

  @Test
  @RequiresEngine
  void aLiveVolumesOptionsShowNoCredential() throws IOException {
    String volume = "creds-test-" + UUID.randomUUID().toString().substring(0, 8);
    DockerCli.Result created =
        DockerCli.run(
            "volume",
            "create",
            "--opt",
            "type=cifs",
            "--opt",
            "device=//srv/team",
            "--opt",
            "o=addr=srv,username=alice,password=" + SECRET,
            volume);
    assertThat(created.ok()).as(created.err()).isTrue();
    try {
      assertShownNowhere(List.of("mounts", "volume", volume));
      assertShownNowhere(List.of("mounts", "volume", volume, "--json"));
      assertShownNowhere(List.of("k8s", "preview", "--volume", volume));
      assertGeneratedNowhere("--volume", volume);
    } finally {
      DockerCli.run("volume", "rm", volume);
    }
  }

  /** The run lines whose driver takes its credentials from a Secret (CSI): 0, 1 and 4. */
  @Test
  void everyCsiDriversCredentialBecomesAReferenceToASecretOfPlaceholders() throws IOException {
    for (int line : List.of(0, 1, 4)) {
      Path out = dir.resolve("csi-" + line);
      ShellRun run =
          ShellRun.of(
              shell, "k8s", "generate", "--run", RUN_LINES.get(line), "--out", out.toString());

      assertThat(run.code()).as(run.err()).isZero();
      Path secret = onlyFile(out, "05-secret-");
      String name = secret.getFileName().toString().replaceAll("^05-secret-|\\.yaml$", "");
      assertThat(secret).as("line %d", line).content().contains("REPLACE-ME");
      assertThat(Files.readString(onlyFile(out, "10-persistentvolume-")))
          .as("line %d", line)
          .containsPattern("node(Publish|Stage)SecretRef:\\s+name: " + name);
    }
  }

  /** NFS mount options and an unknown driver's options have no Secret to go to: 2 and 3. */
  @Test
  void aCredentialWithNoSecretToGoToIsRedacted() throws IOException {
    for (int line : List.of(2, 3)) {
      Path out = dir.resolve("redacted-" + line);
      ShellRun run =
          ShellRun.of(
              shell, "k8s", "generate", "--run", RUN_LINES.get(line), "--out", out.toString());

      assertThat(run.code()).as(run.err()).isZero();
      assertThat(Files.readString(out.resolve("MAPPING.md")))
          .as("line %d", line)
          .contains("REDACTED");
      assertThat(Files.readString(onlyFile(out, "20-persistentvolumeclaim-")))
          .as("line %d", line)
          .contains("REDACTED");
    }
  }

  @Test
  void aBase64FormOfTheCredentialIsFoundToo() {
    String encoded = Base64.getEncoder().encodeToString(("password=" + SECRET).getBytes());

    assertThat(revealed("data:\n  o: " + encoded + "\n")).isTrue();
    assertThat(revealed("data:\n  o: " + Base64.getEncoder().encodeToString("x".getBytes())))
        .isFalse();
  }

  @Test
  void theSecretIsAPlaceholderFileOnlyItsOwnerReadsAndTheVolumeRefersToIt() throws IOException {
    Path out = dir.resolve("ebs");
    ShellRun run =
        ShellRun.of(shell, "k8s", "generate", "--run", RUN_LINES.get(0), "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("kubectl create secret generic");
    Path secret;
    try (Stream<Path> files = Files.list(out)) {
      secret =
          files
              .filter(f -> f.getFileName().toString().startsWith("05-secret-"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(secret).content().contains("REPLACE-ME").contains("secretkey").contains("apikey");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
    Path pv = out.resolve("10-persistentvolume-default-db-pv.yaml");
    assertThat(pv).content().contains("nodePublishSecretRef").contains("size: \"10\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pv)))
        .isEqualTo("rw-r--r--");
  }

  private void assertShownNowhere(List<String> words) {
    ShellRun run = ShellRun.of(shell, words.toArray(String[]::new));
    assertThat(run.code()).as(words + ": " + run.err()).isZero();
    assertThat(revealed(run.out() + run.err())).as(String.join(" ", words)).isFalse();
  }

  /**
   * Whether the text holds the credential as given, or base64-encoded (standard or URL-safe) in any
   * token, whatever it was encoded with.
   */
  private static boolean revealed(String text) {
    if (text.contains(SECRET)) {
      return true;
    }
    Matcher tokens = BASE64.matcher(text);
    while (tokens.find()) {
      for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
        try {
          String decoded =
              new String(decoder.decode(padded(tokens.group())), StandardCharsets.ISO_8859_1);
          if (decoded.contains(SECRET)) {
            return true;
          }
        } catch (IllegalArgumentException notBase64) {
          // Not this alphabet: the other may read it.
        }
      }
    }
    return false;
  }

  private static String padded(String token) {
    String bare = token.replaceAll("=+$", "");
    return bare + "=".repeat((4 - bare.length() % 4) % 4);
  }

  private static Path onlyFile(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
      assertThat(found).as(prefix + " in " + dir).hasSize(1);
      return found.get(0);
    }
  }

  private void assertGeneratedNowhere(String source, String value) throws IOException {
    for (boolean dynamic : List.of(false, true)) {
      Path out = dir.resolve("out-" + UUID.randomUUID());
      List<String> words =
          new ArrayList<>(List.of("k8s", "generate", source, value, "--out", out.toString()));
      if (dynamic) {
        words.add("--dynamic");
      }
      assertShownNowhere(words);
      try (Stream<Path> files = Files.list(out)) {
        for (Path file : files.toList()) {
          assertThat(revealed(Files.readString(file)))
              .as(source + " " + value + ": " + file)
              .isFalse();
        }
      }
    }
  }
}
