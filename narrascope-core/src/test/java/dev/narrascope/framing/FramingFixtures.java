package dev.narrascope.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small synthetic framing corpora written for the tests (no task text). */
final class FramingFixtures {
  private static final String[] VILLAINS = {"Zorgan", "Kravex", "Molgrath", "Dravina"};
  private static final String[] HEROES = {"Elmira", "Tobias", "Sunniva", "Oskar"};
  private static final String[] VICTIMS = {"villagers", "farmers", "pensioners", "children"};

  private FramingFixtures() {}

  /** {@code docs} documents with three mentions each: a deceiving villain, a guarding hero, suffering victims. */
  static List<LabelledMention> corpus(long seed, int docs) {
    Random r = new Random(seed);
    List<LabelledMention> out = new ArrayList<>();
    for (int d = 0; d < docs; d++) {
      String villain = VILLAINS[r.nextInt(VILLAINS.length)];
      String hero = HEROES[r.nextInt(HEROES.length)];
      String victim = VICTIMS[r.nextInt(VICTIMS.length)];
      String text = "Report " + d + "\r\n" + villain + " lied again and spread false claims about the vote.\r\n"
          + "Brave " + hero + " defended the town and protected its bridge.\r\n"
          + "The " + victim + " suffered terribly as their homes burned.\r\n";
      String id = "FX_" + d + ".txt";
      out.add(mention(id, text, villain, new RoleLabel(Roles.ANTAGONIST, List.of("Deceiver"))));
      out.add(mention(id, text, hero, new RoleLabel(Roles.PROTAGONIST, List.of("Guardian"))));
      out.add(mention(id, text, victim, new RoleLabel(Roles.INNOCENT, List.of("Victim"))));
    }
    return out;
  }

  static LabelledMention mention(String id, String text, String entity, RoleLabel gold) {
    int start = text.indexOf(entity);
    return new LabelledMention("en", new RoleMention(id, entity, start, start + entity.length() - 1), text, gold);
  }

  /** A model trained on {@link #corpus} (fast: a few dozen documents). */
  static FramingModel model() {
    return new FramingTrainer(FeatureOptions.defaults(), 4, 4, 1).train(corpus(1, 40));
  }
}
