package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FramingTrainerTest {
  @Test
  void train_fineRoleCombination_isPredictedAsAWholeSet() {
    // Villains who lie and start wars are annotated with both roles; those who only lie with one.
    List<LabelledMention> data = new ArrayList<>(FramingFixtures.corpus(3, 30));
    for (int d = 0; d < 30; d++) {
      String text = "Bulletin " + d + "\r\nVorlak lied again and then started the war against the valley.\r\n"
          + "The shepherds suffered as the war spread.\r\n";
      data.add(FramingFixtures.mention("WAR_" + d + ".txt", text, "Vorlak",
          new RoleLabel(Roles.ANTAGONIST, List.of("Deceiver", "Instigator"))));
      data.add(FramingFixtures.mention("WAR_" + d + ".txt", text, "shepherds", new RoleLabel(Roles.INNOCENT, List.of("Victim"))));
    }
    FramingModel model = new FramingTrainer(FeatureOptions.defaults(), 4, 4, 1).train(data);

    String text = "Note\r\nVorlak lied again and then started the war against the valley.\r\nZorgan lied again.\r\n";
    List<RolePrediction> p = model.predictAll("en", text, List.of(mention(text, "Vorlak"), mention(text, "Zorgan")));

    assertThat(p.get(0).mainRole()).isEqualTo(Roles.ANTAGONIST);
    assertThat(p.get(0).fineRoles()).containsExactlyInAnyOrder("Instigator", "Deceiver");
    assertThat(p.get(1).fineRoles()).containsExactly("Deceiver");
  }

  @Test
  void train_rareCombination_isNotACandidate() {
    // A combination seen fewer than three times is never predicted; its single roles still are.
    List<LabelledMention> data = new ArrayList<>(FramingFixtures.corpus(5, 30));
    for (int d = 0; d < 2; d++) {
      String text = "Memo " + d + "\r\nKravex spied on the council and sold its secrets.\r\n";
      data.add(FramingFixtures.mention("RARE_" + d + ".txt", text, "Kravex",
          new RoleLabel(Roles.ANTAGONIST, List.of("Deceiver", "Spy"))));
    }
    FramingModel model = new FramingTrainer(FeatureOptions.defaults(), 4, 4, 1).train(data);

    String text = "Memo 0\r\nKravex spied on the council and sold its secrets.\r\n";
    assertThat(model.predict("en", text, "Kravex", text.indexOf("Kravex"), text.indexOf("Kravex") + 5).fineRoles())
        .containsExactly("Deceiver");
  }

  private static RoleMention mention(String text, String entity) {
    int start = text.indexOf(entity);
    return new RoleMention("T", entity, start, start + entity.length() - 1);
  }
}
