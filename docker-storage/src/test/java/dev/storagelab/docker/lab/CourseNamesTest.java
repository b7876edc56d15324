package dev.storagelab.docker.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who holds the course's names, on the real engine, when learners come and go at once. */
@RequiresEngine
class CourseNamesTest {

  private final Engine engine = EngineConnector.connect();
  private final Supplier<String> base =
      () -> BaseImageResolver.standard(engine).resolve(line -> {}).reference();
  private final List<String> made = new ArrayList<>();

  @BeforeEach
  void noClaim() {
    DockerCli.run("rm", "-f", CourseNames.CLAIM);
  }

  @AfterEach
  void removeWhatWasMade() {
    DockerCli.run("rm", "-f", CourseNames.CLAIM);
    made.forEach(name -> DockerCli.run("rm", "-f", name));
    engine.close();
  }

  @Test
  void ofLearnersWhoClaimAtTheSameMomentExactlyOneHoldsTheCourseNames() throws Exception {
    int learners = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(learners);
    List<Future<LearnerNames>> claims = new ArrayList<>();
    for (int i = 0; i < learners; i++) {
      LearnerId learner = new LearnerId("racer-" + i);
      Callable<LearnerNames> claim =
          () -> {
            start.await();
            try (Engine own = EngineConnector.connect()) {
              return CourseNames.claim(own, learner, base);
            }
          };
      claims.add(pool.submit(claim));
    }
    base.get();
    start.countDown();
    List<LearnerNames> names = new ArrayList<>();
    for (Future<LearnerNames> claim : claims) {
      names.add(claim.get());
    }
    pool.shutdown();

    List<LearnerNames> holders = names.stream().filter(LearnerNames::course).toList();
    assertThat(holders).as("holders among " + names).hasSize(1);
    assertThat(CourseNames.holder(engine)).contains(holders.get(0).learner().name());
    names.stream()
        .filter(n -> !n.course())
        .forEach(
            n ->
                assertThat(n.object("data-volume")).isEqualTo("data-volume-" + n.learner().name()));
  }

  @Test
  void aPresentHolderKeepsTheNamesAndOneWithNothingLeftGivesThemUp() {
    LearnerId ann = new LearnerId("ann-claims");
    LearnerId bob = new LearnerId("bob-claims");
    assertThat(CourseNames.claim(engine, ann, base).course()).isTrue();
    assertThat(CourseNames.claim(engine, ann, base).course()).as("asked again").isTrue();
    objectOf(ann, "storage-lab-claims-ann");

    assertThat(CourseNames.claim(engine, bob, base).course())
        .as("ann has a lesson's object: the names stay hers")
        .isFalse();
    objectOf(bob, "storage-lab-claims-bob");
    DockerCli.run("rm", "-f", "storage-lab-claims-ann");
    CourseNames.release(engine, ann);

    assertThat(CourseNames.holder(engine)).as("released").isEmpty();
    assertThat(CourseNames.claim(engine, bob, base).course())
        .as("bob has objects under his own names: they stay his own")
        .isFalse();
    assertThat(CourseNames.claim(engine, new LearnerId("cid-claims"), base).course())
        .as("a learner with nothing on the engine takes the free names")
        .isTrue();
  }

  @Test
  void aStaleClaimIsTakenOverByIdNotByName() {
    LearnerId gone = new LearnerId("gone-claims");
    assertThat(CourseNames.claim(engine, gone, base).course()).isTrue();

    LearnerNames next = CourseNames.claim(engine, new LearnerId("next-claims"), base);

    assertThat(next.course()).as("the holder has nothing on the engine: a stale claim").isTrue();
    assertThat(CourseNames.current(engine, gone).course()).isFalse();
  }

  private void objectOf(LearnerId learner, String name) {
    engine.createContainer(
        ContainerSpec.of(name, base.get())
            .withLabels(
                Ownership.newRun("claims-test", learner).labelsFor(EngineObject.Kind.CONTAINER)));
    made.add(name);
  }
}
