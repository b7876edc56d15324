package dev.storagelab.shell.mounts;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Credentials;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.TmpfsMount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.shell.output.Style;
import dev.storagelab.shell.output.Table;
import java.util.ArrayList;
import java.util.List;

/** Mounts as a table a person reads: one row a mount, its options in words. */
final class MountTable {

  private MountTable() {}

  static String render(List<Mount> mounts, Style style) {
    if (mounts.isEmpty()) {
      return "No mounts.";
    }
    Table table = Table.of("TYPE", "SOURCE", "TARGET", "MODE", "OPTIONS");
    for (Mount mount : mounts) {
      table.row(
          mount.type().word(),
          source(mount),
          mount.target(),
          mount.readOnly() ? "ro" : "rw",
          options(mount));
    }
    return table.render(style);
  }

  private static String source(Mount mount) {
    if (mount instanceof VolumeMount v) {
      return v.name().orElse("(anonymous)");
    }
    return mount instanceof BindMount b ? b.source() : "(memory)";
  }

  private static String options(Mount mount) {
    List<String> options = new ArrayList<>();
    if (mount instanceof VolumeMount v) {
      options.add("driver=" + v.driver());
      Credentials.redacted(v.driverOptions())
          .forEach((k, value) -> options.add("opt " + k + "=" + value));
      Credentials.redacted(v.labels())
          .forEach((k, value) -> options.add("label " + k + "=" + value));
      if (v.noCopy()) {
        options.add("nocopy");
      }
      v.subpath().ifPresent(p -> options.add("subpath=" + p));
      v.selinux().ifPresent(s -> options.add(s.flag()));
      v.state().ifPresent(s -> options.add("at " + s.mountpoint()));
      v.state()
          .flatMap(
              s ->
                  s.sizeBytes().isPresent()
                      ? java.util.Optional.of(s.sizeBytes().getAsLong())
                      : java.util.Optional.empty())
          .ifPresent(size -> options.add(size + " bytes"));
    } else if (mount instanceof BindMount b) {
      options.add("propagation=" + b.propagation().word());
      b.selinux().ifPresent(s -> options.add(s.flag()));
      b.consistency().ifPresent(c -> options.add(c.word()));
      if (b.recursion() != BindMount.Recursion.ENABLED) {
        options.add("recursive=" + b.recursion().word());
      }
      options.add(b.createHostPath() ? "created if missing" : "must exist");
    } else if (mount instanceof TmpfsMount t) {
      t.sizeBytes().ifPresent(size -> options.add("size=" + size));
      t.mode().ifPresent(m -> options.add(String.format("mode=%04o", m)));
      options.addAll(t.options());
    }
    return String.join(", ", options);
  }
}
