package dev.storagelab.k8s.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import dev.storagelab.docker.process.ProcessSpec;
import dev.storagelab.docker.process.RunFlags;
import dev.storagelab.k8s.testing.KubernetesSchema;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a program runs, carried into the pod: every setting, its row, and the schema's consent. */
class ProcessMappingTest {

  private static final String ISSUE_LINE =
      "docker run -d --name web -e MYSQL_ROOT_PASSWORD=s3cret -e APP_MODE=prod -w /srv -u 1000:1000"
          + " -p 8080:80 --read-only --cap-drop ALL --health-cmd 'wget -qO- localhost'"
          + " --entrypoint /bin/httpd -v data:/var/lib/data busybox -f -p 80";

  @Test
  void theIssuesLineRunsTheSameProgramTheSameWay() {
    BridgePlan plan = plan(ISSUE_LINE, BridgeOptions.defaults());
    Container c = only(plan, Pod.class).getSpec().getContainers().get(0);

    assertThat(c.getName()).isEqualTo("web");
    assertThat(c.getCommand()).containsExactly("/bin/httpd");
    assertThat(c.getArgs()).containsExactly("-f", "-p", "80");
    assertThat(c.getWorkingDir()).isEqualTo("/srv");
    assertThat(c.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
    assertThat(c.getSecurityContext().getRunAsGroup()).isEqualTo(1000L);
    assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(c.getPorts())
        .singleElement()
        .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(80));
    assertThat(c.getLivenessProbe().getExec().getCommand())
        .containsExactly("/bin/sh", "-c", "wget -qO- localhost");
    assertThat(c.getReadinessProbe().getPeriodSeconds()).isEqualTo(30);
    assertThat(c.getEnv().get(0).getValueFrom().getSecretKeyRef().getName()).isEqualTo("web-env");
    assertThat(c.getEnv().get(0).getValue()).isNull();
    assertThat(c.getEnv().get(1).getValue()).isEqualTo("prod");
    Service service = only(plan, Service.class);
    assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
    assertThat(service.getSpec().getPorts().get(0).getPort()).isEqualTo(8080);
    assertThat(service.getSpec().getPorts().get(0).getTargetPort().getIntVal()).isEqualTo(80);
    assertThat(service.getSpec().getSelector()).containsEntry(WorkloadManifests.NAME_LABEL, "web");
    assertThat(only(plan, Secret.class).getStringData())
        .containsExactly(Map.entry("MYSQL_ROOT_PASSWORD", CredentialSecret.PLACEHOLDER));
    assertThat(plan.podSecurityLevel()).isEqualTo("baseline");
    assertThat(plan.settings())
        .extracting(SettingRow::docker)
        .contains(
            "entrypoint /bin/httpd", "env MYSQL_ROOT_PASSWORD=(hidden)", "publish 8080:80/tcp");
    assertValid(plan);
    assertThat(Serialization.asYaml(plan)).doesNotContain("s3cret");
  }

  @Test
  void withoutAnEntrypointTheArgumentsReplaceTheImagesCommandOnly() {
    Container c =
        only(plan("docker run busybox sleep 60", BridgeOptions.defaults()), Pod.class)
            .getSpec()
            .getContainers()
            .get(0);

    assertThat(c.getCommand()).isEmpty();
    assertThat(c.getArgs()).containsExactly("sleep", "60");
  }

  @Test
  void aDollarParenthesisDockerPassesAsItIsIsNotExpandedByKubernetes() {
    Container c =
        only(
                plan(
                    "docker run -e 'GREETING=$(whoami)' busybox sh -c 'echo $(date)'",
                    BridgeOptions.defaults()),
                Pod.class)
            .getSpec()
            .getContainers()
            .get(0);

    assertThat(c.getArgs()).containsExactly("sh", "-c", "echo $$(date)");
    assertThat(c.getEnv().get(0).getValue()).isEqualTo("$$(whoami)");
  }

  @Test
  void anEmptyEntrypointMakesTheArgumentsTheWholeCommand() {
    Container c =
        only(plan("docker run --entrypoint '' busybox ls /", BridgeOptions.defaults()), Pod.class)
            .getSpec()
            .getContainers()
            .get(0);

    assertThat(c.getCommand()).containsExactly("ls", "/");
    assertThat(c.getArgs()).isEmpty();
  }

  @Test
  void privilegeHostNamespacesAndStrongCapabilitiesNeedThePrivilegedLevel() {
    for (String flag :
        List.of(
            "--privileged", "--network host", "--pid host", "--ipc host", "--cap-add SYS_ADMIN")) {
      BridgePlan plan = plan("docker run " + flag + " busybox", BridgeOptions.defaults());
      assertThat(plan.podSecurityLevel()).as(flag).isEqualTo("privileged");
      assertValid(plan);
    }
    assertThat(
            plan("docker run --cap-add NET_BIND_SERVICE busybox", BridgeOptions.defaults())
                .podSecurityLevel())
        .as("a capability baseline allows")
        .isEqualTo("baseline");
  }

  @Test
  void restartLimitsAndTheRestAreSetWhereTheKindAllows() {
    String line =
        "docker run --restart on-failure:3 -m 256m --cpus 0.5 -it -h box --network host busybox";
    Pod pod = only(plan(line, BridgeOptions.defaults()), Pod.class);
    Deployment deployment =
        only(
            plan(line, BridgeOptions.defaults().withKind(BridgeOptions.WorkloadKind.DEPLOYMENT)),
            Deployment.class);

    assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("OnFailure");
    assertThat(pod.getSpec().getHostname()).isEqualTo("box");
    assertThat(pod.getSpec().getHostNetwork()).isTrue();
    Container c = pod.getSpec().getContainers().get(0);
    assertThat(c.getResources().getLimits().get("memory").getAmount())
        .isEqualTo(Long.toString(256L << 20));
    assertThat(c.getResources().getLimits().get("cpu").toString()).isEqualTo("500m");
    assertThat(c.getTty()).isTrue();
    assertThat(c.getStdin()).isTrue();
    assertThat(deployment.getSpec().getTemplate().getSpec().getRestartPolicy())
        .as("a Deployment restarts always")
        .isNull();
    assertValid(
        plan(line, BridgeOptions.defaults().withKind(BridgeOptions.WorkloadKind.DEPLOYMENT)));
  }

  @Test
  void aUserNameIsANoteNotARunAsUser() {
    BridgePlan plan = plan("docker run -u www-data busybox", BridgeOptions.defaults());

    assertThat(only(plan, Pod.class).getSpec().getContainers().get(0).getSecurityContext())
        .isNull();
    assertThat(plan.notes()).anyMatch(n -> n.contains("'www-data' is a name"));
  }

  private static BridgePlan plan(String line, BridgeOptions options) {
    RunLine run = RunLine.parse(line, new ParseContext(Path.of("/work"), "local", false));
    ProcessSpec process = RunFlags.of(run, Path.of("/work"), Map.of());
    Workload workload =
        new Workload(
            process.containerName().orElse("app"), run.image(), run.mounts(), List.of(), process);
    return Bridge.plan(
        "test",
        List.of(workload),
        new HostFacts(Optional.of("/var/lib/docker"), Map.of(), Map.of(), List.of()),
        options);
  }

  private static <T extends HasMetadata> T only(BridgePlan plan, Class<T> kind) {
    List<T> found =
        plan.manifests().stream()
            .map(Manifest::object)
            .filter(kind::isInstance)
            .map(kind::cast)
            .toList();
    assertThat(found).as(kind.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static void assertValid(BridgePlan plan) {
    for (Manifest manifest : plan.manifests()) {
      assertThat(KubernetesSchema.problem(manifest.object()))
          .as(manifest.object().getKind())
          .isEmpty();
    }
  }
}
