package dev.storagelab.docker.mounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storagelab.docker.input.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Every syntax reads back what it writes, and no input makes a parser fail another way. */
class MountSyntaxPropertiesTest {

  private static final ParseContext CONTEXT = new ParseContext(Path.of("/work"), "local", false);

  @Property
  void aMountWrittenAsMountFlagReadsBackTheSame(@ForAll("mounts") Mount mount) {
    Mount expected = mount instanceof BindMount b ? b.withCreateHostPath(false) : mount;

    assertThat(MountFlag.parse(mount.toMountFlag(), CONTEXT)).isEqualTo(expected);
  }

  @Property
  void aMountWrittenAsVolumeFlagReadsBackTheSame(@ForAll("volumeFlagMounts") Mount mount) {
    Optional<String> spec =
        mount instanceof VolumeMount v ? v.toVolumeFlag() : ((BindMount) mount).toVolumeFlag();
    Mount expected = mount instanceof BindMount b ? b.withCreateHostPath(true) : mount;

    assertThat(spec).as("-v can say %s", mount).isPresent();
    assertThat(VolumeFlag.parse(spec.get(), CONTEXT)).isEqualTo(expected);
  }

  @Property
  void aTmpfsWrittenAsTmpfsFlagReadsBackTheSame(@ForAll("tmpfs") TmpfsMount mount) {
    assertThat(TmpfsFlag.parse(mount.toTmpfsFlag())).isEqualTo(mount);
  }

  /**
   * Any text is read as a mount or refused with our own error that names the flag; nothing else
   * escapes. Both outcomes are common in the noise, so neither is proved by the other alone.
   */
  @Property(tries = 2000)
  void malformedSpecsGiveOurParseErrorAndNothingElse(@ForAll("noise") String spec) {
    for (String flag : List.of("-v", "--mount", "--tmpfs")) {
      Throwable thrown = catchThrowable(() -> RunLine.parseMount(flag, spec, CONTEXT));

      Statistics.label(flag).collect(thrown == null ? "read" : "refused");
      if (thrown != null) {
        assertThat(thrown)
            .isInstanceOf(MountSpecException.class)
            .hasMessageStartingWith(flag + " ");
      }
    }
    Statistics.label("--mount").coverage(c -> c.check("refused").percentage(p -> p > 50));
    Statistics.label("-v").coverage(c -> c.check("read").count(n -> n > 0));
  }

  @Property(tries = 1000)
  void malformedRunLinesGiveAnInputErrorAndNothingElse(@ForAll("noise") String line) {
    Throwable thrown = catchThrowable(() -> RunLine.parse("docker run " + line, CONTEXT));

    Statistics.collect(thrown == null ? "read" : "refused");
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InputException.class);
      assertThat(thrown.getMessage()).isNotBlank();
    }
    Statistics.coverage(
        c -> {
          c.check("read").count(n -> n > 0);
          c.check("refused").count(n -> n > 0);
        });
  }

  /** What {@code -v} can say: local named volumes, plain anonymous ones, recursive binds. */
  @Provide
  Arbitrary<Mount> volumeFlagMounts() {
    Arbitrary<Mount> named =
        Combinators.combine(
                volumeNames(), targets(), Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as(
                (name, target, readOnly, noCopy) ->
                    VolumeMount.named(name, target).readOnly(readOnly).noCopy(noCopy).build());
    Arbitrary<Mount> anonymous = targets().map(t -> VolumeMount.anonymous(t).build());
    Arbitrary<Mount> binds =
        binds().map(b -> ((BindMount) b).withRecursion(BindMount.Recursion.ENABLED));
    return Arbitraries.oneOf(named, anonymous, binds);
  }

  @Provide
  Arbitrary<Mount> mounts() {
    return Arbitraries.oneOf(named(), anonymous(), binds(), tmpfs().map(t -> (Mount) t));
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withChars(":,=\"'/\\ .-_azZroxy019%").ofMaxLength(40);
  }

  private Arbitrary<Mount> named() {
    return Combinators.combine(
            volumeNames(),
            targets(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            pairs(),
            pairs(),
            segment().injectNull(0.7))
        .as(
            (name, target, readOnly, noCopy, otherDriver, options, labels, subpath) ->
                VolumeMount.named(name, target)
                    .readOnly(readOnly)
                    .noCopy(noCopy)
                    .driver(otherDriver ? "rexray/ebs" : VolumeMount.LOCAL)
                    .driverOptions(options)
                    .labels(labels)
                    .subpath(subpath)
                    .build());
  }

  private Arbitrary<Mount> anonymous() {
    return Combinators.combine(targets(), Arbitraries.of(true, false))
        .as((target, noCopy) -> VolumeMount.anonymous(target).noCopy(noCopy).build());
  }

  private Arbitrary<Mount> binds() {
    return Combinators.combine(
            paths(),
            targets(),
            Arbitraries.of(true, false),
            Arbitraries.of(Propagation.class),
            Arbitraries.of(Consistency.class).optional(),
            Arbitraries.of(true, false))
        .as(
            (source, target, readOnly, propagation, consistency, nonRecursive) ->
                BindMount.of(source, target)
                    .withReadOnly(readOnly)
                    .withPropagation(propagation)
                    .withConsistency(consistency)
                    .withRecursion(
                        nonRecursive ? BindMount.Recursion.DISABLED : BindMount.Recursion.ENABLED));
  }

  @Provide
  Arbitrary<TmpfsMount> tmpfs() {
    return Combinators.combine(
            targets(),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 1L << 40).optional(),
            Arbitraries.integers().between(0, 07777).optional())
        .as(
            (target, readOnly, size, mode) ->
                new TmpfsMount(
                    target,
                    readOnly,
                    size.map(OptionalLong::of).orElse(OptionalLong.empty()),
                    mode.map(OptionalInt::of).orElse(OptionalInt.empty()),
                    List.of()));
  }

  private static Arbitrary<String> volumeNames() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofLength(1),
            Arbitraries.strings().alpha().numeric().withChars("_.-").ofMinLength(1).ofMaxLength(15))
        .as(String::concat);
  }

  private static Arbitrary<String> segment() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("._- @")
        .ofMinLength(1)
        .ofMaxLength(8)
        .filter(s -> !s.equals(".") && !s.equals(".."));
  }

  private static Arbitrary<String> paths() {
    return segment().list().ofMinSize(0).ofMaxSize(4).map(parts -> "/" + String.join("/", parts));
  }

  private static Arbitrary<String> targets() {
    return segment().list().ofMinSize(1).ofMaxSize(4).map(parts -> "/" + String.join("/", parts));
  }

  private static Arbitrary<java.util.Map<String, String>> pairs() {
    Arbitrary<String> keys =
        Arbitraries.strings().alpha().withChars("._-").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> values =
        Arbitraries.strings()
            .ascii()
            .ofMaxLength(12)
            .filter(c -> c.indexOf(10) < 0 && c.indexOf(13) < 0);
    return Arbitraries.maps(keys, values).ofMaxSize(3);
  }
}
