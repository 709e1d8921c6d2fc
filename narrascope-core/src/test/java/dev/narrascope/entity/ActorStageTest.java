package dev.narrascope.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.Findings;
import dev.narrascope.Keys;
import dev.narrascope.Pipeline;
import dev.narrascope.Quote;
import dev.narrascope.quote.QuoteStage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ActorStageTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().given(Keys.LANGUAGE).add(new EntityStage()).add(new QuoteStage()).add(new ActorStage()).build();

  private static Article article(String id, String text) {
    return new Article(id, null, null, null, null, null, "en", 1, text, null, null);
  }

  private static Set<String> canonicals(List<Article> done, String type) {
    return done.stream().flatMap(a -> a.analysis().entities().stream()).filter(m -> m.type().equals(type))
        .map(EntityMention::canonical).collect(Collectors.toSet());
  }

  @Test
  void apply_unknownPersonSpelledDifferentlyAcrossArticles_oneActor() {
    List<Article> done = PIPELINE.run(List.of(
        article("a", "The talks failed, the envoy, Petrenko, said on Monday."),
        article("b", "Envoy Aleksey Petrenko met the delegation in Warsaw."),
        article("c", "“We will not sign this,” Oleksii Petrenko said."),
        article("d", "Посланик Алексей Петренко заяви, че преговорите са провалени.")), Findings.none());
    Set<String> people = canonicals(done, "PERSON");
    assertThat(people).hasSize(1).allMatch(name -> name.endsWith(" Petrenko"));
    assertThat(done.get(2).analysis().quotes()).extracting(Quote::speaker).containsExactlyElementsOf(people);
  }

  /** SemEval EN: a lone "Wang" was Baba Vanga, through a batch-mate's surname stem. */
  @Test
  void apply_loneLatinNameSharingOnlyAStemWithABatchMatesSurname_staysItself_butTheSurnameItselfJoins() {
    List<Article> done = PIPELINE.run(List.of(
        article("a", "The prophecies of Baba Vanga went viral again, and Celso Amorim laughed."),
        article("b", "The talks would go on, said Wang on Monday, and then Amorim disagreed.")),
        Findings.none());
    List<EntityMention> b = done.get(1).analysis().entities();
    assertThat(b).filteredOn(m -> m.text().equals("Wang")).extracting(EntityMention::canonical).containsOnly("Wang");
    assertThat(b).filteredOn(m -> m.text().equals("Amorim")).extracting(EntityMention::canonical).containsOnly("Celso Amorim");
  }

  /**
   * SemEval PT: "Terra" (the Earth) was named Tehran through the stem of "Teerão" (and "IRA" Iran): names only ever
   * written in Latin script meet by their whole spelling, while romanised inflected forms still meet by stem.
   */
  @Test
  void apply_latinNamesSharingOnlyAStem_stayApart_butRomanisedCasesStillMeetTheirPlace() {
    List<Article> done = PIPELINE.run(List.of(
        new Article("a", null, null, null, null, null, "pt", 1, "O núcleo da Terra gira mais devagar, disse Ana Lopes.", null, null),
        new Article("b", null, null, null, null, null, "pt", 1, "O governo de Teerão respondeu ontem em Genebra.", null, null),
        new Article("c", null, null, null, null, null, "ru", 1, "Делегация посетила Венгрии столицу вчера.", null, null)),
        Findings.none());
    assertThat(done.get(0).analysis().entities()).filteredOn(m -> m.text().equals("Terra"))
        .extracting(EntityMention::canonical).containsOnly("Terra");
    assertThat(done.get(1).analysis().entities()).filteredOn(m -> m.text().equals("Teerão"))
        .extracting(EntityMention::canonical).containsOnly("Tehran");
    assertThat(done.get(2).analysis().entities()).filteredOn(m -> m.text().equals("Венгрии"))
        .extracting(EntityMention::canonical).containsOnly("Hungary");
  }

  @Test
  void apply_romanisedNameAndLatinSpelling_oneActorWithLatinName() {
    List<Article> done = PIPELINE.run(List.of(
        article("a", "The geologist Howard Pike disputes the figures."),
        new Article("b", null, null, null, null, null, "ru", 1, "Геолог Говард Пайк не согласен с расчётами.", null, null)),
        Findings.none());
    assertThat(canonicals(done, "PERSON")).containsExactly("Howard Pike");
  }

  @Test
  void apply_kievAndKyivAcrossArticles_oneActor() {
    List<Article> done = PIPELINE.run(List.of(article("a", "Kiev has hinted at talks."), article("b", "Kyiv denied it."),
        article("c", "Киев опроверг это.")), Findings.none());
    assertThat(canonicals(done, "LOCATION")).containsExactly("Kyiv");
  }

  @Test
  void apply_reznikovVariantsAcrossArticles_oneActor() {
    List<Article> done = PIPELINE.run(List.of(
        article("a", "“We are carrying out NATO’s mission,” Reznikov stated."),
        article("b", "According to Ukraine’s defence minister, Aleksey Reznikov, the alliance is grateful."),
        article("c", "Ukrainian Defense Minister Oleksii Reznikov has said so.")), Findings.none());
    assertThat(canonicals(done, "PERSON")).containsExactly("Oleksii Reznikov");
    assertThat(done.get(0).analysis().quotes()).extracting(Quote::speaker).containsExactly("Oleksii Reznikov");
  }

  @Test
  void apply_actorFramings_renamedAndMerged() {
    EntityMention m1 = new EntityMention("Petrenko", "Petrenko", "OTHER", 0, 8);
    EntityMention m2 = new EntityMention("Rustam Petrenko", "Rustam Petrenko", "PERSON", 20, 35);
    Article a = article("a", "x").withAnalysis(article("a", "x").analysis().withEntities(List.of(m1, m2)).withActors(List.of(
        new ActorFraming("Petrenko", "Antagonist", 0.4, List.of("Deceiver"), List.of(m1), 1.0),
        new ActorFraming("Rustam Petrenko", "Protagonist", 0.7, List.of("Guardian"), List.of(m2), 1.0))));
    Article done = new ActorStage().apply(List.of(a), Findings.none()).get(0);
    assertThat(done.analysis().actors()).singleElement().satisfies(f -> {
      assertThat(f.actor()).isEqualTo("Rustam Petrenko");
      assertThat(f.mainRole()).isEqualTo("Protagonist");
      assertThat(f.mentions()).hasSize(2).allMatch(m -> m.canonical().equals("Rustam Petrenko"));
    });
  }

  @Test
  void apply_differentPeopleSharingSurname_stayApart() {
    List<Article> done = PIPELINE.run(List.of(article("a", "Hunter Biden testified. Joe Biden did not comment."),
        article("b", "Sources close to Biden said nothing.")), Findings.none());
    assertThat(canonicals(done, "PERSON")).contains("Hunter Biden", "Joe Biden");
  }
}
