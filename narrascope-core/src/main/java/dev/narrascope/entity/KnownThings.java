package dev.narrascope.entity;

import dev.narrascope.EntityMention;
import java.util.Set;

/**
 * Whether a mention is a thing the gazetteer knows is no actor (type OTHER: a war, a sea current, a treaty, "GDP",
 * "air defence"). Unknown names are typed OTHER too, and some of them are people, so only the gazetteer's own say
 * that a name is a thing. Stateless and thread-safe.
 */
public final class KnownThings {
  /**
   * The gazetteer's continents and large regions: places, but no government stands for them, so none of them is ever
   * quoted ("कहा कि एशिया में 'अराजकता' न लाएं" is China asking not to bring chaos to Asia).
   */
  private static final Set<String> REGIONS = Set.of("Africa", "Asia", "Latin America", "Caucasus", "South Caucasus",
      "Central Asia", "South Asia", "East Asia", "Southeast Asia", "Siberia", "Urals", "Sahel", "Middle East",
      "Far East", "Balkans", "Arctic");

  private KnownThings() {}

  /** Whether {@code m} never speaks: a {@linkplain #is known thing}, or a known continent, region, sea or ocean. */
  public static boolean neverSpeaks(EntityMention m) {
    if (is(m)) return true;
    if (!"LOCATION".equals(m.type()) || Gazetteer.bundled().byCanonical(m.canonical()) == null) return false;
    return REGIONS.contains(m.canonical()) || m.canonical().endsWith(" Sea") || m.canonical().endsWith(" Ocean");
  }

  /** Whether {@code m} names one of the gazetteer's things, which never speaks nor acts. */
  public static boolean is(EntityMention m) {
    if (!"OTHER".equals(m.type())) return false;
    Gazetteer.Entry e = Gazetteer.bundled().byCanonical(m.canonical());
    return e != null && "OTHER".equals(e.type());
  }
}
