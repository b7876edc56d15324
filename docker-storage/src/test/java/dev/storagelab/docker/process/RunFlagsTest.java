package dev.storagelab.docker.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything a run line says of how its program runs, read as the docker CLI reads it. */
class RunFlagsTest {

  @TempDir Path dir;

  @Test
  void theIssuesLineKeepsEverySettingAndTheEntrypointWithItsArguments() {
    ProcessSpec p =
        read(
            "docker run -d --name web -e MYSQL_ROOT_PASSWORD=s3cret -e APP_MODE=prod -w /srv -u"
                + " 1000:1000 -p 8080:80 --read-only --cap-drop ALL --health-cmd 'wget -qO-"
                + " localhost' --entrypoint /bin/httpd -v data:/var/lib/data busybox -f -p 80");

    assertThat(p.containerName()).contains("web");
    assertThat(p.entrypoint()).contains(List.of("/bin/httpd"));
    assertThat(p.command()).containsExactly("-f", "-p", "80");
    assertThat(p.env())
        .containsExactly(
            new EnvVar("MYSQL_ROOT_PASSWORD", "s3cret"), new EnvVar("APP_MODE", "prod"));
    assertThat(p.credentials()).extracting(EnvVar::name).containsExactly("MYSQL_ROOT_PASSWORD");
    assertThat(p.workingDir()).contains("/srv");
    assertThat(p.user()).contains("1000:1000");
    assertThat(p.readOnlyRoot()).isTrue();
    assertThat(p.capDrop()).containsExactly("ALL");
    assertThat(p.ports()).containsExactly(new PortSpec(80, "tcp", "", 8080));
    assertThat(p.healthcheck().orElseThrow().command())
        .containsExactly("/bin/sh", "-c", "wget -qO- localhost");
    assertThat(p.healthcheck().orElseThrow().interval()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void oneLetterFlagsTogetherAreEachRead() {
    ProcessSpec p = read("docker run -itp 127.0.0.1:8080:80/udp alpine sh");

    assertThat(p.tty()).isTrue();
    assertThat(p.stdin()).isTrue();
    assertThat(p.ports()).containsExactly(new PortSpec(80, "udp", "127.0.0.1", 8080));
  }

  @Test
  void portsAreReadInEveryFormDockerTakes() {
    ProcessSpec p =
        read(
            "docker run -p 80 -p 9000:9000 -p [::1]:5353:53/udp -p 127.0.0.1::443 --expose 7000 x");

    assertThat(p.ports())
        .containsExactly(
            new PortSpec(80, "tcp", "", 0),
            new PortSpec(9000, "tcp", "", 9000),
            new PortSpec(53, "udp", "::1", 5353),
            new PortSpec(443, "tcp", "127.0.0.1", 0),
            new PortSpec(7000, "tcp", "", -1));
  }

  @Test
  void aLaterValueOfAVariableReplacesTheEarlierAndANameAloneTakesTheCallersValue()
      throws IOException {
    Path env =
        Files.writeString(dir.resolve("app.env"), "# comment\n\n  A=1\nB=two=2\nFROM_SHELL\n");

    ProcessSpec p =
        RunFlags.of(
            line("docker run --env-file app.env -e A=3 -e HOME -e UNSET x"),
            dir,
            Map.of("FROM_SHELL", "shell", "HOME", "/home/me"));

    assertThat(p.env())
        .containsExactly(
            new EnvVar("A", "3"),
            new EnvVar("B", "two=2"),
            new EnvVar("FROM_SHELL", "shell"),
            new EnvVar("HOME", "/home/me"));
  }

  @Test
  void healthcheckTimesAreGoDurations() {
    ProcessSpec p =
        read(
            "docker run --health-cmd true --health-interval 1m30s --health-timeout 500ms"
                + " --health-retries 5 --health-start-period 1.5s x");

    Healthcheck check = p.healthcheck().orElseThrow();
    assertThat(check.interval()).isEqualTo(Duration.ofSeconds(90));
    assertThat(check.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(check.retries()).isEqualTo(5);
    assertThat(check.startPeriod()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void limitsRestartAndHostNamespacesAreRead() {
    ProcessSpec p =
        read(
            "docker run -m 512m --cpus 1.5 --restart on-failure:3 --network host --pid host"
                + " --ipc host --privileged --cap-add cap_net_admin -h box x");

    assertThat(p.memoryBytes()).hasValue(512L << 20);
    assertThat(p.nanoCpus()).hasValue(1_500_000_000L);
    assertThat(p.restart()).contains("on-failure:3");
    assertThat(p.hostNetwork() && p.hostPid() && p.hostIpc() && p.privileged()).isTrue();
    assertThat(p.capAdd()).containsExactly("NET_ADMIN");
    assertThat(p.hostname()).contains("box");
  }

  @Test
  void settingsWithNoKubernetesFieldBecomeNotes() {
    ProcessSpec p = read("docker run --init --link db --device /dev/fuse --network backend x");

    assertThat(p.notes()).hasSize(4);
    assertThat(String.join(" ", p.notes()))
        .contains("--init")
        .contains("--link")
        .contains("--device")
        .contains("backend");
  }

  @Test
  void anEmptyEntrypointClearsTheImagesAndNoEntrypointLeavesIt() {
    assertThat(read("docker run --entrypoint '' x ls").entrypoint()).contains(List.of());
    assertThat(read("docker run x ls").entrypoint()).isEqualTo(Optional.empty());
  }

  @Test
  void valuesDockerRefusesAreInputErrorsNamingTheFlag() throws IOException {
    Files.writeString(dir.resolve("bad.env"), "GOOD=1\nBAD NAME=2\n");
    List<String> lines =
        List.of(
            "docker run -p 8000-8010:80 x",
            "docker run -p 70000:80 x",
            "docker run -p 80/xtp x",
            "docker run --health-cmd true --health-interval 10 x",
            "docker run --health-cmd true --health-timeout 100us x",
            "docker run --health-cmd true --health-retries 0 x",
            "docker run -u 1000:1000:1 x",
            "docker run -u '' x",
            "docker run --restart sometimes x",
            "docker run -m lots x",
            "docker run --cpus -1 x",
            "docker run -e =x x",
            "docker run --env-file bad.env x",
            "docker run --env-file missing.env x",
            "docker run --health-cmd true --no-healthcheck x",
            "docker run --read-only=maybe x");
    for (String line : lines) {
      assertThatThrownBy(() -> RunFlags.of(line(line), dir, Map.of()))
          .as(line)
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  private ProcessSpec read(String text) {
    return RunFlags.of(line(text), dir, Map.of());
  }

  private RunLine line(String text) {
    return RunLine.parse(text, new ParseContext(dir, "local", false));
  }
}
