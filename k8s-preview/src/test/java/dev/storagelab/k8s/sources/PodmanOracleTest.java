package dev.storagelab.k8s.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our pod held against {@code podman kube generate} for the same run line: podman creates the
 * container (it cannot run one here, and need not) and writes the pod it would run, for every field
 * podman carries. Where podman is wrong the test says so and holds us to the right answer instead:
 * a credential written inline (we refer to a Secret), {@code --cap-drop ALL} written as podman's
 * own default list of capabilities, {@code --read-only}'s tmpfs folders as hostPath volumes named
 * {@code tmpfs}, and the published port as a {@code hostPort} (we make a Service).
 */
@RequiresEngine
class PodmanOracleTest {

  private static final List<String> CREATED = new ArrayList<>();

  /**
   * Capabilities Docker's default set (and containerd's, which a cluster runs) grants and podman's
   * does not: podman's YAML drops them from every container, Docker's container keeps them.
   */
  private static final List<String> PODMAN_ONLY_DROPS = List.of("MKNOD", "NET_RAW", "AUDIT_WRITE");

  private static String loadedAs;

  private static final String IMAGE =
      "localhost/storage-lab-podman-oracle:" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void imageInPodman() {
    Assumptions.assumeTrue(
        DockerCli.shell(null, "command -v podman").ok(),
        "podman is not installed (apt-get install podman): nothing to compare with");
    try (Engine engine = EngineConnector.connect()) {
      String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      Path archive = Files.createTempFile("storage-lab-oracle", ".tar");
      DockerCli.ok("save", "-o", archive.toString(), base);
      DockerCli.Result loaded = DockerCli.shell(null, "podman load -q -i " + archive);
      Files.delete(archive);
      assertThat(loaded.ok()).as("podman load: " + loaded.err()).isTrue();
      loadedAs = loaded.out().strip().replaceFirst("(?s)^.*: ", "");
      DockerCli.Result tagged = DockerCli.shell(null, "podman tag " + loadedAs + " " + IMAGE);
      assertThat(tagged.ok()).as("podman tag: " + tagged.err()).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Only what this test made in podman's store goes. */
  @AfterAll
  static void removeFromPodman() {
    CREATED.forEach(name -> DockerCli.shell(null, "podman rm -f " + name));
    DockerCli.shell(null, "podman rmi " + IMAGE + (loadedAs == null ? "" : " " + loadedAs));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--name web -e MYSQL_ROOT_PASSWORD=s3cret -e APP_MODE=prod -w /srv -u 1000:1000 -p 8080:80"
            + " --read-only --cap-drop ALL --entrypoint /bin/httpd IMAGE -f -p 80",
        "--name worker IMAGE sleep 3600",
        "--name tools -e A=1 -e B=two --workdir /tmp --user 33 IMAGE sh -c 'echo hi'",
        "--name caps --cap-add NET_ADMIN --cap-drop MKNOD -p 127.0.0.1:9000:9000/udp IMAGE",
        "--name entry --entrypoint /bin/sh IMAGE -c 'exit 0'",
        "--name ports -p 8443:443 -p 5000:5000 -u 1000:100 IMAGE httpd -f"
      })
  void ourPodCarriesWhatPodmansDoes(String flags) {
    String name = flags.split(" ")[1];
    String args = flags.replace("IMAGE", IMAGE);
    String unique = name + "-" + UUID.randomUUID().toString().substring(0, 6);
    args = args.replace("--name " + name, "--name " + unique);
    name = unique;
    CREATED.add(name);
    DockerCli.Result created = DockerCli.shell(null, "podman create " + args);
    assertThat(created.ok()).as("podman create " + args + ": " + created.err()).isTrue();
    DockerCli.Result generated = DockerCli.shell(null, "podman kube generate " + name);
    assertThat(generated.ok()).as(generated.err()).isTrue();
    Container podman = containerOf(generated.out());
    Container ours = ours(BridgeSources.runLine("docker run " + args, Optional.empty()));

    assertThat(ours.getName()).isEqualTo(podman.getName());
    assertThat(programLine(ours)).isEqualTo(programLine(podman));
    if (flags.contains("--entrypoint")) {
      assertThat(ours.getCommand()).isEqualTo(podman.getCommand());
      assertThat(ours.getArgs()).isEqualTo(podman.getArgs());
    }
    assertThat(ours.getWorkingDir()).isEqualTo(podman.getWorkingDir());
    // podman sorts the variables; Docker and we keep the order they were given in.
    assertThat(names(ours.getEnv())).containsExactlyInAnyOrderElementsOf(names(podman.getEnv()));
    for (EnvVar variable : podman.getEnv()) {
      EnvVar mine =
          ours.getEnv().stream()
              .filter(v -> v.getName().equals(variable.getName()))
              .findFirst()
              .orElseThrow();
      if (mine.getValueFrom() != null) {
        // podman writes a credential inline; ours is a reference to a Secret.
        assertThat(mine.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(variable.getName());
      } else {
        assertThat(mine.getValue()).isEqualTo(variable.getValue());
      }
    }
    assertThat(ports(ours)).containsExactlyInAnyOrderElementsOf(ports(podman));
    SecurityContext mine = ours.getSecurityContext();
    SecurityContext theirs = podman.getSecurityContext();
    assertThat(field(mine, "runAsUser")).isEqualTo(field(theirs, "runAsUser"));
    if (flags.matches(".*(-u|--user) \\d+ .*")) {
      // A user without a group: Docker, and the runtime a pod runs on, take the user's group from
      // the image's /etc/group; podman writes the one it resolved on its side.
      assertThat(field(mine, "runAsGroup")).isNull();
    } else {
      assertThat(field(mine, "runAsGroup")).isEqualTo(field(theirs, "runAsGroup"));
    }
    assertThat(field(mine, "readOnlyRootFilesystem"))
        .isEqualTo(field(theirs, "readOnlyRootFilesystem"));
    assertThat(capabilities(mine, true))
        .containsExactlyInAnyOrderElementsOf(capabilities(theirs, true));
    if (flags.contains("--cap-drop ALL")) {
      // podman writes its own default set for ALL; Docker's ALL, which we keep, drops every one.
      assertThat(capabilities(mine, false)).containsExactly("ALL");
    } else {
      assertThat(capabilities(mine, false))
          .containsExactlyInAnyOrderElementsOf(
              capabilities(theirs, false).stream()
                  .filter(c -> !PODMAN_ONLY_DROPS.contains(c) || flags.contains("--cap-drop " + c))
                  .toList());
    }
    assertThat(ours.getVolumeMounts())
        .as("podman's --read-only tmpfs folders are podman's, not Docker's")
        .isEmpty();
  }

  private static Container containerOf(String yaml) {
    String document =
        java.util.Arrays.stream(yaml.split("\n---\n"))
            .filter(part -> part.contains("kind: Pod"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Pod in podman's output: " + yaml));
    Pod pod = Serialization.unmarshal(document, Pod.class);
    return pod.getSpec().getContainers().get(0);
  }

  private static Container ours(BridgeInput input) {
    return Bridge.plan(input.name(), input.workloads(), input.facts(), BridgeOptions.defaults())
        .manifests()
        .stream()
        .map(Manifest::object)
        .filter(Pod.class::isInstance)
        .map(Pod.class::cast)
        .findFirst()
        .orElseThrow()
        .getSpec()
        .getContainers()
        .get(0);
  }

  /**
   * The program line a pod runs on this image, which has no ENTRYPOINT: command and args together.
   * podman puts a run line's arguments in command, where we put them in args (right for an image
   * that has an ENTRYPOINT too); on this image both start the same program.
   */
  private static List<String> programLine(Container container) {
    List<String> line = new ArrayList<>(container.getCommand());
    line.addAll(container.getArgs());
    return line;
  }

  private static List<String> names(List<EnvVar> env) {
    return env.stream().map(EnvVar::getName).toList();
  }

  /**
   * Container port and protocol: podman's hostPort is a node port we deliberately leave to a
   * Service.
   */
  private static List<String> ports(Container container) {
    List<String> ports = new ArrayList<>();
    for (ContainerPort port : container.getPorts()) {
      ports.add(
          port.getContainerPort()
              + "/"
              + (port.getProtocol() == null ? "TCP" : port.getProtocol()));
    }
    return ports;
  }

  private static Object field(SecurityContext context, String name) {
    if (context == null) {
      return null;
    }
    return switch (name) {
      case "runAsUser" -> context.getRunAsUser();
      case "runAsGroup" -> context.getRunAsGroup();
      default -> Boolean.TRUE.equals(context.getReadOnlyRootFilesystem()) ? true : null;
    };
  }

  /** The capabilities added (or dropped), as Kubernetes names them: podman writes CAP_ first. */
  private static List<String> capabilities(SecurityContext context, boolean added) {
    if (context == null || context.getCapabilities() == null) {
      return List.of();
    }
    List<String> names =
        added ? context.getCapabilities().getAdd() : context.getCapabilities().getDrop();
    return names == null
        ? List.of()
        : names.stream().map(c -> c.replaceFirst("^CAP_", "")).toList();
  }
}
