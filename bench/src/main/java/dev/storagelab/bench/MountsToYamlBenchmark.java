package dev.storagelab.bench;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.HostFacts;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.bridge.Workload;
import dev.storagelab.k8s.manifests.ManifestYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long 1,000 Docker mounts of mixed kinds take to become Kubernetes YAML in-process: the plan
 * (volumes, claims, classes, workloads, with their comments) and every manifest written as YAML.
 * The goal is at most 0.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MountsToYamlBenchmark {

  private static final ParseContext CONTEXT = new ParseContext(Path.of("/work"), "local", false);

  private final List<Workload> workloads = new ArrayList<>();

  /**
   * 100 containers with 10 mounts each: named volumes (local, NFS, a vendor driver), anonymous
   * volumes, binds (read-only and not), and tmpfs mounts.
   */
  @Setup
  public void workloads() {
    for (int c = 0; c < 100; c++) {
      List<Mount> mounts = new ArrayList<>();
      mounts.add(parse("-v", "data-" + c + ":/app"));
      mounts.add(parse("-v", "shared:/shared:ro"));
      mounts.add(parse("-v", "/cache/" + c));
      mounts.add(parse("-v", "/srv/site/" + c + ":/usr/share/site:ro"));
      mounts.add(parse("-v", "/var/log/app-" + c + ":/logs"));
      mounts.add(
          parse(
              "--mount",
              "type=volume,src=nfs-"
                  + c
                  + ",dst=/nfs,volume-opt=type=nfs,\"volume-opt=o=addr=10.0.0."
                  + (c % 250)
                  + ",rw\",volume-opt=device=:/exports/"
                  + c));
      mounts.add(
          parse("--mount", "type=volume,src=ebs-" + c + ",dst=/ebs,volume-driver=rexray/ebs"));
      mounts.add(parse("--mount", "type=bind,src=/etc/app/" + c + ".conf,dst=/etc/app.conf"));
      mounts.add(parse("--mount", "type=tmpfs,dst=/tmp/scratch,tmpfs-size=64m"));
      mounts.add(parse("--tmpfs", "/run/app:size=16m,mode=1777"));
      workloads.add(
          new Workload("app-" + c, Optional.of("registry.example/app:" + c), List.of(), mounts));
    }
  }

  /** Plans all 1,000 mounts and writes every manifest as YAML. */
  @Benchmark
  public String thousandMountsToYaml() {
    BridgePlan plan =
        Bridge.plan(
            "bench",
            workloads,
            new HostFacts(Optional.empty(), Map.of(), Map.of(), List.of()),
            BridgeOptions.defaults());
    StringBuilder yaml = new StringBuilder();
    for (Manifest manifest : plan.manifests()) {
      yaml.append(ManifestYaml.write(manifest));
    }
    return yaml.toString();
  }

  private static Mount parse(String flag, String spec) {
    return RunLine.parseMount(flag, spec, CONTEXT);
  }
}
