package dev.narrascope.entity;

import dev.narrascope.EntityMention;

/**
 * Whether a mention is a thing the gazetteer knows is no actor (type OTHER: a war, a sea current, a treaty, "GDP",
 * "air defence"). Unknown names are typed OTHER too, and some of them are people, so only the gazetteer's own say
 * that a name is a thing. Stateless and thread-safe.
 */
public final class KnownThings {
  private KnownThings() {}

  /** Whether {@code m} names one of the gazetteer's things, which never speaks nor acts. */
  public static boolean is(EntityMention m) {
    if (!"OTHER".equals(m.type())) return false;
    Gazetteer.Entry e = Gazetteer.bundled().byCanonical(m.canonical());
    return e != null && "OTHER".equals(e.type());
  }
}
