package dev.narrascope.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class TaxonomyTest {
  @Test
  void defaults_spellLabelsAsTheTask() {
    Taxonomy t = Taxonomy.defaults();
    assertThat(t.narratives()).hasSize(21).contains("URW: Discrediting Ukraine");
    assertThat(t.subNarratives()).contains("URW: Discrediting Ukraine: Ukraine is a puppet of the West",
        "URW: Discrediting Ukraine: Other");
    assertThat(t.contains(Taxonomy.OTHER)).isTrue();
    assertThat(t.contains("URW: Made up")).isFalse();
  }

  @Test
  void defaults_everySubNarrativeHasItsNarrativeAndEveryNarrativeAnOther() {
    Taxonomy t = Taxonomy.defaults();
    for (String s : t.subNarratives()) {
      assertThat(t.parentOf(s)).isNotNull();
      assertThat(s).startsWith(t.parentOf(s) + ": ");
    }
    for (String n : t.narratives()) assertThat(t.subNarrativesOf(n)).contains(Taxonomy.otherOf(n));
    assertThat(t.subNarratives()).hasSize(74 + 21);
  }

  @Test
  void read_roundTripsThroughJson() throws Exception {
    Taxonomy t = Taxonomy.defaults();
    Taxonomy back = Taxonomy.read(new ByteArrayInputStream(t.toJson().getBytes(StandardCharsets.UTF_8)));
    assertThat(back.subNarratives()).isEqualTo(t.subNarratives());
  }

  @Test
  void read_wrongShape_throwsIllegalArgument() {
    assertThatThrownBy(() -> Taxonomy.read(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
