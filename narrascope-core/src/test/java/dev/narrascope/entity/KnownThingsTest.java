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

  @Test
  void neverSpeaks_thingsRegionsAndSeas_butNotCountriesOrUnknownPlaces() {
    assertThat(KnownThings.neverSpeaks(new EntityMention("ПВО", "Air defence", "OTHER", 0, 3))).isTrue();
    assertThat(KnownThings.neverSpeaks(new EntityMention("एशिया", "Asia", "LOCATION", 0, 5))).isTrue();
    assertThat(KnownThings.neverSpeaks(new EntityMention("Черного моря", "Black Sea", "LOCATION", 0, 12))).isTrue();
    // A country's name stands for its government, which speaks; an unknown place may be a misread person.
    assertThat(KnownThings.neverSpeaks(new EntityMention("China", "China", "LOCATION", 0, 5))).isFalse();
    assertThat(KnownThings.neverSpeaks(new EntityMention("Zorbland", "Zorbland", "LOCATION", 0, 8))).isFalse();
  }
}
