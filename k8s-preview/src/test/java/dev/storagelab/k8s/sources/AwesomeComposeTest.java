package dev.storagelab.k8s.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.compose.ComposeFile;
import dev.storagelab.docker.compose.ComposeProject;
import dev.storagelab.docker.compose.ComposeService;
import dev.storagelab.docker.process.EnvVar;
import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.HostFacts;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.bridge.Workload;
import dev.storagelab.k8s.testing.KubernetesSchema;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * awesome-compose's samples whose services need their environment to start (a database without its
 * root password exits at once): every variable reaches the pod, every credential by reference to a
 * Secret of placeholders, every port a Service, and every object passes the API's schema.
 */
class AwesomeComposeTest {

  private static final String CREDENTIAL_PLACEHOLDER = "REPLACE-ME";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "wordpress-mysql",
        "gitea-postgres",
        "nextcloud-postgres",
        "postgresql-pgadmin",
        "nextcloud-redis-mariadb"
      })
  void everyServiceStartsWithItsEnvironmentAndPortsAndNoCredentialShows(String sample)
      throws URISyntaxException {
    Path file =
        Path.of(getClass().getResource("/awesome-compose/" + sample + "/compose.yaml").toURI());
    ComposeProject project = ComposeFile.read(file, Map.of(), Path.of("/home/learner"));
    List<Workload> workloads =
        project.services().stream()
            .map(s -> new Workload(s.name(), s.image(), s.mounts(), s.files(), s.process()))
            .toList();
    BridgePlan plan =
        Bridge.plan(
            project.name(),
            workloads,
            new HostFacts(Optional.of("/var/lib/docker"), Map.of(), Map.of(), List.of()),
            BridgeOptions.defaults());

    for (ComposeService service : project.services()) {
      Container container = container(plan, service.name());
      assertThat(container.getEnv())
          .as(sample + " " + service.name())
          .extracting(v -> v.getName())
          .containsExactlyElementsOf(service.process().env().stream().map(EnvVar::name).toList());
      for (EnvVar variable : service.process().env()) {
        var env =
            container.getEnv().stream()
                .filter(v -> v.getName().equals(variable.name()))
                .findFirst()
                .orElseThrow();
        if (variable.isCredential()) {
          assertThat(env.getValue()).as(variable.name()).isNull();
          assertThat(env.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(variable.name());
        } else {
          assertThat(env.getValue()).isEqualTo(variable.value());
        }
      }
      if (!service.process().ports().isEmpty()) {
        assertThat(services(plan))
            .as(service.name() + "'s Service")
            .anyMatch(s -> s.getMetadata().getName().startsWith(service.name()));
      }
    }
    assertThat(plan.settings()).isNotEmpty();
    assertThat(plan.manifests().stream().map(Manifest::object))
        .filteredOn(Secret.class::isInstance)
        .allSatisfy(
            secret ->
                assertThat(((Secret) secret).getStringData().values())
                    .containsOnly(CREDENTIAL_PLACEHOLDER));
    for (Manifest manifest : plan.manifests()) {
      assertThat(KubernetesSchema.problem(manifest.object()))
          .as(manifest.object().getKind())
          .isEmpty();
    }
  }

  private static Container container(BridgePlan plan, String service) {
    return plan.manifests().stream()
        .map(Manifest::object)
        .filter(Pod.class::isInstance)
        .map(Pod.class::cast)
        .filter(p -> p.getMetadata().getName().startsWith(service))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pod for " + service))
        .getSpec()
        .getContainers()
        .get(0);
  }

  private static List<Service> services(BridgePlan plan) {
    return plan.manifests().stream()
        .map(Manifest::object)
        .filter(Service.class::isInstance)
        .map(Service.class::cast)
        .toList();
  }
}
