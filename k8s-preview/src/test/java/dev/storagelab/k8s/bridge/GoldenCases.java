package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.compose.ComposeFile;
import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.volumes.VolumeInfo;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The reference cases under {@code manifests/examples/}: each a Docker setup with fixed facts of
 * its host, so that the output is the same on every machine.
 */
final class GoldenCases {

  /**
   * One case.
   *
   * @param name its folder under manifests/examples
   * @param plan the plan it produces
   */
  record Case(String name, BridgePlan plan) {}

  private static final ParseContext CONTEXT =
      new ParseContext(Path.of("/work"), VolumeMount.LOCAL, false);
  private static final String SITE = "/home/learner/.storage-lab/labs/docker-storage/site";

  private GoldenCases() {}

  static List<Case> all() {
    Map<String, BridgePlan> cases = new LinkedHashMap<>();
    HostFacts lesson =
        facts(
            Map.of("data-volume", volume("data-volume", 1673)),
            Map.of(SITE, HostFacts.PathKind.DIRECTORY));
    cases.put(
        "lesson-container",
        run(
            "storage-lab-todo-web",
            "docker run -d --name storage-lab-todo-web -v data-volume:/app -v "
                + SITE
                + ":/srv/site storage-lab/todo:lesson",
            lesson,
            options()));
    cases.put(
        "issue-example",
        run(
            "busybox",
            "docker run -v data-volume:/app -v /srv/site:/site:ro --tmpfs /cache:size=64m busybox",
            new HostFacts(
                Optional.empty(),
                Map.of(),
                Map.of(),
                List.of(
                    "No Docker engine answered: volume paths assume the data root /var/lib/docker, and bind sources could not be checked.")),
            options()));
    cases.put(
        "named-volume-measured",
        run(
            "postgres",
            "docker run -v pgdata:/var/lib/postgresql/data postgres:16",
            facts(Map.of("pgdata", volume("pgdata", 3L << 30)), Map.of()),
            options()));
    cases.put(
        "local-volume-on-node",
        run(
            "postgres",
            "docker run -v pgdata:/var/lib/postgresql/data postgres:16",
            facts(Map.of("pgdata", volume("pgdata", 1L << 30)), Map.of()),
            options().withNode("worker-1")));
    cases.put(
        "nfs-volume",
        run(
            "app",
            "docker run --mount 'type=volume,src=shared,dst=/shared,volume-opt=type=nfs,\"volume-opt=o=addr=10.0.0.5,rw,nfsvers=4\",volume-opt=device=:/exports/shared' app:1",
            facts(Map.of(), Map.of()),
            options()));
    cases.put(
        "cifs-volume",
        run(
            "app",
            "docker run --mount 'type=volume,src=files,dst=/files,volume-opt=type=cifs,volume-opt=device=//fileserver/team,\"volume-opt=o=addr=fileserver,username=alice,password=S3cret-pw,vers=3.0\"' app:1",
            facts(Map.of(), Map.of()),
            options()));
    cases.put(
        "ebs-csi",
        run(
            "db",
            "docker run --volume-driver rexray/ebs -v db-data:/var/lib/mysql mysql:8",
            facts(Map.of(), Map.of()),
            options().withSize("20Gi")));
    cases.put(
        "ebs-dynamic",
        run(
            "db",
            "docker run --volume-driver rexray/ebs -v db-data:/var/lib/mysql mysql:8",
            facts(Map.of(), Map.of()),
            options().withDynamic(true)));
    cases.put(
        "plugin-credentials",
        run(
            "db",
            "docker run --mount 'type=volume,src=db-data,dst=/var/lib/mysql,volume-driver=rexray/ebs,volume-opt=size=20,volume-opt=secretkey=S3cret-pw,volume-opt=access_token=S3cret-pw' mysql:8",
            facts(Map.of(), Map.of()),
            options()));
    cases.put(
        "plugin-credentials-dynamic",
        run(
            "db",
            "docker run --mount 'type=volume,src=db-data,dst=/var/lib/mysql,volume-driver=rexray/ebs,volume-opt=size=20,volume-opt=secretkey=S3cret-pw,volume-opt=access_token=S3cret-pw' mysql:8",
            facts(Map.of(), Map.of()),
            options().withDynamic(true)));
    cases.put(
        "nfs-password",
        run(
            "app",
            "docker run --mount 'type=volume,src=shared,dst=/shared,volume-opt=type=nfs,\"volume-opt=o=addr=10.0.0.5,rw,password=S3cret-pw\",volume-opt=device=:/exports/shared' app:1",
            facts(Map.of(), Map.of()),
            options()));
    cases.put(
        "unknown-driver",
        run(
            "app",
            "docker run --volume-driver acme/magic -v things:/things app:1",
            facts(Map.of(), Map.of()),
            options()));
    cases.put(
        "bind-file",
        run(
            "nginx",
            "docker run -v /etc/nginx/nginx.conf:/etc/nginx/nginx.conf:ro nginx:1.27",
            facts(Map.of(), Map.of("/etc/nginx/nginx.conf", HostFacts.PathKind.FILE)),
            options()));
    cases.put(
        "bind-missing-created",
        run(
            "app",
            "docker run -v /srv/uploads:/uploads app:1",
            facts(Map.of(), Map.of("/srv/uploads", HostFacts.PathKind.MISSING)),
            options()));
    cases.put(
        "bind-as-pv",
        run(
            "app",
            "docker run -v /srv/uploads:/uploads app:1",
            facts(Map.of(), Map.of("/srv/uploads", HostFacts.PathKind.DIRECTORY)),
            options().withBindsAsVolumes(true)));
    cases.put(
        "tmpfs-and-anonymous",
        run(
            "app",
            "docker run --tmpfs /run:size=64m,mode=1777 --mount type=tmpfs,dst=/scratch -v /var/cache/app app:1",
            facts(Map.of(), Map.of()),
            options()));
    cases.put(
        "readonly-subpath",
        run(
            "app",
            "docker run --mount type=volume,src=config,dst=/etc/app,readonly,volume-subpath=prod app:1",
            facts(Map.of("config", volume("config", 4096)), Map.of()),
            options()));
    cases.put("shared-volume-compose", compose("shared-compose.yaml", options()));
    cases.put("compose-secrets-configs", compose("secrets-compose.yaml", options()));
    cases.put(
        "statefulset",
        compose(
            "secrets-compose.yaml", options().withKind(BridgeOptions.WorkloadKind.STATEFULSET)));
    cases.put(
        "deployment",
        run(
            "todo",
            "docker run -v todo-data:/app/data storage-lab/todo:lesson",
            facts(Map.of("todo-data", volume("todo-data", 10_000)), Map.of()),
            options().withKind(BridgeOptions.WorkloadKind.DEPLOYMENT)));
    cases.put(
        "docker-socket",
        run(
            "agent",
            "docker run -v /var/run/docker.sock:/var/run/docker.sock:ro agent:1",
            facts(Map.of(), Map.of("/var/run/docker.sock", HostFacts.PathKind.FILE)),
            options()));
    cases.put(
        "propagation",
        run(
            "backup",
            "docker run --mount type=bind,src=/mnt/disks,dst=/disks,bind-propagation=rslave backup:1",
            facts(Map.of(), Map.of("/mnt/disks", HostFacts.PathKind.DIRECTORY)),
            options()));
    return cases.entrySet().stream().map(e -> new Case(e.getKey(), e.getValue())).toList();
  }

  private static BridgePlan run(String name, String line, HostFacts facts, BridgeOptions options) {
    RunLine run = RunLine.parse(line, CONTEXT);
    return Bridge.plan(
        name,
        List.of(new Workload(name, run.image(), run.command(), run.mounts())),
        facts,
        options);
  }

  private static BridgePlan compose(String resource, BridgeOptions options) {
    try {
      Path file = Path.of(GoldenCases.class.getResource("/cases/" + resource).toURI());
      var project = ComposeFile.read(file, Map.of(), Path.of("/home/learner"));
      List<Workload> workloads =
          project.services().stream()
              .map(s -> new Workload(s.name(), s.image(), s.mounts(), s.files(), s.process()))
              .toList();
      return Bridge.plan(project.name(), workloads, facts(Map.of(), Map.of()), options);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HostFacts facts(
      Map<String, VolumeInfo> volumes, Map<String, HostFacts.PathKind> paths) {
    return new HostFacts(Optional.of("/var/lib/docker"), volumes, paths, List.of());
  }

  private static VolumeInfo volume(String name, long size) {
    return new VolumeInfo(
        name,
        "local",
        Map.of(),
        Map.of(),
        "/var/lib/docker/volumes/" + name + "/_data",
        OptionalLong.of(size),
        "2026-11-28T00:00:00Z");
  }

  private static BridgeOptions options() {
    return BridgeOptions.defaults();
  }
}
