package dev.storagelab.bench;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/** How long 10,000 mount specs of every syntax take to parse: the goal is well under a second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MountParseBenchmark {

  private static final ParseContext CONTEXT = new ParseContext(Path.of("/work"), "local", false);

  private final List<String[]> specs = new ArrayList<>();

  /** 10,000 specs: named, anonymous and bind {@code -v}, every kind of {@code --mount}, tmpfs. */
  @Setup
  public void specs() {
    for (int i = 0; specs.size() < 10_000; i++) {
      specs.add(new String[] {"-v", "data-" + i + ":/app/" + i + ":ro,nocopy"});
      specs.add(new String[] {"-v", "/srv/site/" + i + ":/usr/share/site:rslave,z"});
      specs.add(new String[] {"-v", "/cache/" + i});
      specs.add(
          new String[] {
            "--mount",
            "type=volume,src=v"
                + i
                + ",dst=/v,volume-label=team=lab,\"volume-opt=o=addr=10.0.0."
                + (i % 250)
                + ",rw\""
          });
      specs.add(
          new String[] {
            "--mount", "type=bind,src=/srv/" + i + ",dst=/b,readonly,bind-propagation=rshared"
          });
      specs.add(
          new String[] {"--mount", "type=tmpfs,dst=/t" + i + ",tmpfs-size=64m,tmpfs-mode=1770"});
      specs.add(new String[] {"--tmpfs", "/run/" + i + ":size=64m,mode=1777,noexec"});
    }
    specs.subList(10_000, specs.size()).clear();
  }

  /** Parses all 10,000 specs once. */
  @Benchmark
  public void parseTenThousandSpecs(Blackhole sink) {
    for (String[] spec : specs) {
      Mount mount = RunLine.parseMount(spec[0], spec[1], CONTEXT);
      sink.consume(mount);
    }
  }
}
