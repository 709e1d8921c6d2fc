package dev.narrascope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.LabelScore;
import dev.narrascope.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OutletProfileTest {
  private static final String BLAME = "URW: Blaming the war on others rather than the invader";

  static Article article(String id, String outlet, LocalDate date, String language, String story, List<LabelScore> narratives,
                         List<ActorFraming> actors) {
    Analysis an = Analysis.EMPTY.withNarratives(narratives, List.of()).withActors(actors).withStory(story, null);
    return new Article(id, null, null, "Title " + id, outlet, date, language, 1, "text", null, an);
  }

  static ActorFraming framing(String actor, String role) {
    return new ActorFraming(actor, role, 0.8, List.of(), List.of(), 1.0);
  }

  private static final List<Article> RT = List.of(
      article("r1", "rt.com", LocalDate.of(2023, 1, 2), "en", "s1",
          List.of(new LabelScore(BLAME, 0.9), new LabelScore("Other", 0.8)), List.of(framing("NATO", "Antagonist"))),
      article("r2", "rt.com", LocalDate.of(2023, 1, 12), "ru", "s2",
          List.of(new LabelScore("Other", 0.9)), List.of(framing("NATO", "Antagonist"), framing("EU", "Innocent"))),
      article("r3", "rt.com", LocalDate.of(2023, 1, 13), "en", "s2",
          List.of(new LabelScore(BLAME, 0.7)),
          List.of(framing("NATO", "Protagonist"), ActorFraming.notFramed("Kyiv", List.of(), 0.1))),
      article("r4", "rt.com", null, "en", null, List.of(), List.of()));
  private static final Article BBC_S2 = article("b1", "bbc.co.uk", LocalDate.of(2023, 1, 10), "en", "s2", List.of(), List.of());

  private static OutletProfile profile(List<Article> articles) {
    List<Story> stories = List.of(
        new Story("s1", "Story one", List.of("r1"), List.of("rt.com"), List.of("en"), LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 2)),
        new Story("s2", "Story two", List.of("b1", "r2", "r3"), List.of("bbc.co.uk", "rt.com"), List.of("en", "ru"),
            LocalDate.of(2023, 1, 10), LocalDate.of(2023, 1, 13)));
    List<Article> all = new ArrayList<>(articles);
    all.add(BBC_S2);
    return OutletProfile.of("rt.com", articles, id -> stories.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null),
        id -> all.stream().filter(a -> id.equals(a.analysis().storyId())).toList());
  }

  @Test
  void of_countsDatesAndLanguages() {
    OutletProfile p = profile(RT);
    assertThat(p.articles()).isEqualTo(4);
    assertThat(p.first()).isEqualTo(LocalDate.of(2023, 1, 2));
    assertThat(p.last()).isEqualTo(LocalDate.of(2023, 1, 13));
    assertThat(p.undated()).isEqualTo(1);
    assertThat(p.languages()).containsExactly(new OutletProfile.LanguageCount("en", 3), new OutletProfile.LanguageCount("ru", 1));
  }

  @Test
  void of_narrativeMix_sharesOfAllArticles_neverOther() {
    OutletProfile p = profile(RT);
    assertThat(p.narratives()).singleElement().satisfies(n -> {
      assertThat(n.label()).isEqualTo(BLAME);
      assertThat(n.articles()).isEqualTo(2);
      assertThat(n.share()).isEqualTo(0.5);
    });
  }

  @Test
  void of_actorRoles_onlyFramedActors_countedPerMainRole() {
    OutletProfile p = profile(RT);
    assertThat(p.actors()).extracting(OutletProfile.ActorRoles::actor).containsExactly("NATO", "EU");
    assertThat(p.actors().get(0).articles()).isEqualTo(3);
    assertThat(p.actors().get(0).roles()).isEqualTo(Map.of("Antagonist", 2, "Protagonist", 1));
  }

  @Test
  void of_volume_weeklyBucketsFromMonday_emptyWeeksIncluded() {
    OutletProfile p = profile(RT);
    assertThat(p.bucket()).isEqualTo("week");
    // 2023-01-02 is a Monday; the 12th and 13th fall in the week of the 9th.
    assertThat(p.volume()).containsExactly(new OutletProfile.Bucket(LocalDate.of(2023, 1, 2), 1),
        new OutletProfile.Bucket(LocalDate.of(2023, 1, 9), 2));
  }

  @Test
  void of_volume_monthlyWhenTheSpanIsLong() {
    List<Article> longer = new ArrayList<>(RT);
    longer.add(article("r5", "rt.com", LocalDate.of(2023, 6, 30), "en", null, List.of(), List.of()));
    OutletProfile p = profile(longer);
    assertThat(p.bucket()).isEqualTo("month");
    assertThat(p.volume()).hasSize(6);
    assertThat(p.volume().get(0)).isEqualTo(new OutletProfile.Bucket(LocalDate.of(2023, 1, 1), 3));
    assertThat(p.volume().get(5)).isEqualTo(new OutletProfile.Bucket(LocalDate.of(2023, 6, 1), 1));
  }

  @Test
  void of_firstStories_onlyThoseItsArticleOpened() {
    OutletProfile p = profile(RT);
    // s1 it opened; s2 the BBC carried two days before it.
    assertThat(p.firstStories()).singleElement().satisfies(f -> {
      assertThat(f.storyId()).isEqualTo("s1");
      assertThat(f.headline()).isEqualTo("Story one");
      assertThat(f.first().id()).isEqualTo("r1");
    });
  }
}
