package dev.narrascope.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class FramingStageTest {
  private static FramingModel model;

  @BeforeAll
  static void train() {
    model = FramingFixtures.model();
  }

  @Test
  void apply_handMadeEntities_framesActorsMostMentionedFirst() {
    String text = "Zorgan lied again and spread false claims. Brave Elmira defended the town. "
        + "The pensioners suffered terribly. Elmira protected the bridge. Elmira stayed. Zorgan lied.";
    List<EntityMention> entities = new ArrayList<>();
    entities.addAll(all(text, "Zorgan", "Zorgan", "PERSON"));
    entities.addAll(all(text, "Elmira", "Elmira Voss", "PERSON"));
    entities.addAll(all(text, "pensioners", "pensioners", "GROUP"));
    entities.addAll(all(text, "town", "town", "OTHER"));

    Article out = FramingStage.of(model, 8).apply(article(text, entities), Findings.none());

    List<ActorFraming> actors = out.analysis().actors();
    assertThat(actors).extracting(ActorFraming::actor).containsExactly("Elmira Voss", "Zorgan", "pensioners");
    assertThat(actors).extracting(ActorFraming::mainRole).containsExactly("Protagonist", "Antagonist", "Innocent");
    assertThat(actors.get(0).mentions()).hasSize(3);
    assertThat(actors.get(0).fineRoles()).isNotEmpty();
    assertThat(out.analysis().entities()).isEqualTo(entities);
  }

  @Test
  void apply_capReached_keepsMostMentioned() {
    String text = "Zorgan lied. Zorgan lied. Elmira defended.";
    List<EntityMention> entities = new ArrayList<>(all(text, "Zorgan", "Zorgan", "PERSON"));
    entities.addAll(all(text, "Elmira", "Elmira", "PERSON"));

    Article out = FramingStage.of(model, 1).apply(article(text, entities), Findings.none());

    assertThat(out.analysis().actors()).extracting(ActorFraming::actor).containsExactly("Zorgan");
  }

  @Test
  void apply_noEntities_producesNoActors() {
    Findings findings = Findings.tracking(10);

    Article out = FramingStage.of(model, 8).apply(article("Nothing to see here.", List.of()), findings);

    assertThat(out.analysis().actors()).isEmpty();
    assertThat(findings.count()).isZero();
  }

  @Test
  void apply_offsetsOutsideText_neverThrows() {
    List<EntityMention> bad = List.of(new EntityMention("Zorgan", "Zorgan", "PERSON", 500, 506));

    Article out = FramingStage.of(model, 8).apply(article("Short.", bad), Findings.none());

    assertThat(out.analysis().actors()).hasSize(1);
  }

  @Test
  void apply_actorTheArticleDoesNotFrame_listedWithoutRoleAfterTheFramedOnes() {
    String text = "Zorgan lied. Zorgan lied again in Oslo. Zorgan spread false claims.";
    List<EntityMention> entities = new ArrayList<>(all(text, "Oslo", "Oslo", "LOCATION"));
    entities.addAll(all(text, "Zorgan", "Zorgan", "PERSON"));
    FramingModel framesOften = model.withSalience(SalienceModelTest.mentionCountModel(0.5));

    Article out = FramingStage.of(framesOften, 8).apply(article(text, entities), Findings.none());

    List<ActorFraming> actors = out.analysis().actors();
    assertThat(actors).extracting(ActorFraming::actor).containsExactly("Zorgan", "Oslo");
    assertThat(actors.get(0).framed()).isTrue();
    assertThat(actors.get(0).mainRole()).isEqualTo("Antagonist");
    assertThat(actors.get(0).framedConfidence()).isGreaterThan(0.5);
    ActorFraming oslo = actors.get(1);
    assertThat(oslo.framed()).isFalse();
    assertThat(oslo.mainRole()).isNull();
    assertThat(oslo.fineRoles()).isEmpty();
    assertThat(oslo.framedConfidence()).isLessThan(0.5);
    assertThat(oslo.mentions()).hasSize(1);
  }

  @Test
  void apply_cap_listsOnlyTheMostMentionedEvenWhenALessMentionedOneIsLikelierFramed() {
    String text = "Zorgan lied. Zorgan lied again in Oslo. Zorgan spread false claims.";
    List<EntityMention> entities = new ArrayList<>(all(text, "Oslo", "Oslo", "LOCATION"));
    entities.addAll(all(text, "Zorgan", "Zorgan", "PERSON"));
    FramingModel framesTheRareOne = model.withSalience(SalienceModelTest.onceMentionedModel(0.5));

    Article out = FramingStage.of(framesTheRareOne, 1).apply(article(text, entities), Findings.none());

    assertThat(out.analysis().actors()).extracting(ActorFraming::actor).containsExactly("Zorgan");
    assertThat(out.analysis().actors().get(0).framed()).isFalse();
  }

  private static List<EntityMention> all(String text, String surface, String canonical, String type) {
    List<EntityMention> out = new ArrayList<>();
    for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      out.add(new EntityMention(surface, canonical, type, i, i + surface.length()));
    }
    return out;
  }

  private static Article article(String text, List<EntityMention> entities) {
    return new Article("a1", "test", null, "t", null, null, "en", 1.0, text, null,
        Analysis.EMPTY.withEntities(entities));
  }
}
