package dev.storagelab.k8s.naming;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class KubeNamesTest {

  @Property
  void everyDockerNameGivesAValidDeterministicLabel(@ForAll String dockerName) {
    String label = KubeNames.label(dockerName);

    assertThat(label).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?").hasSizeLessThanOrEqualTo(63);
    assertThat(KubeNames.label(dockerName)).isEqualTo(label);
  }

  @Test
  void aValidNameIsKeptAndAnInvalidOneCarriesAHashOfTheOriginal() {
    assertThat(KubeNames.label("data-volume")).isEqualTo("data-volume");
    assertThat(KubeNames.label("shop_uploads")).matches("shop-uploads-[0-9a-f]{6}");
    assertThat(KubeNames.label("Shop.Uploads")).isNotEqualTo(KubeNames.label("shop_uploads"));
  }

  @Test
  void twoDockerNamesNeverShareAKubernetesName() {
    KubeNames book = new KubeNames();

    String first = book.unique("data-volume", "pv");
    String second = book.unique("data-volume-pv", "");

    assertThat(first).isEqualTo("data-volume-pv");
    assertThat(second).isNotEqualTo(first).startsWith("data-volume-pv-");
    assertThat(book.unique("data-volume", "pv")).isEqualTo(first);
  }
}
