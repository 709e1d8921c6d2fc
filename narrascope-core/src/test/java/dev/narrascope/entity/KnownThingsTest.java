package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.EntityMention;
import org.junit.jupiter.api.Test;

final class KnownThingsTest {
  @Test
  void is_gazetteerThing_butNeitherAnUnknownNameNorAnActor() {
    assertThat(KnownThings.is(new EntityMention("ПВО", "Air defence", "OTHER", 0, 3))).isTrue();
    assertThat(KnownThings.is(new EntityMention("Земята", "Earth", "OTHER", 0, 6))).isTrue();
    // Unknown capitalised names are typed OTHER too, and may be people.
    assertThat(KnownThings.is(new EntityMention("Zorblat", "Zorblat", "OTHER", 0, 7))).isFalse();
    assertThat(KnownThings.is(new EntityMention("NATO", "NATO", "ORGANIZATION", 0, 4))).isFalse();
  }
}
