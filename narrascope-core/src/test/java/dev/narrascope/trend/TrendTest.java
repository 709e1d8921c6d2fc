package dev.narrascope.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.EntityMention;
import dev.narrascope.LabelScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TrendTest {
  private static final String FEAR = "URW: Speculating war outcomes";

  private static Article article(int n, String date, String narrative, String actor) {
    Analysis an = Analysis.EMPTY
        .withNarratives(narrative == null ? List.of() : List.of(new LabelScore(narrative, 0.9)), List.of())
        .withActors(actor == null ? List.of() : List.of(new ActorFraming(actor, "Antagonist", 0.8, List.of(), List.of(), 1.0)))
        .withEntities(List.of(new EntityMention("Kiev", "Kyiv", "LOCATION", 0, 4)));
    return new Article("a" + n, null, null, "t", n % 2 == 0 ? "even.example" : "odd.example",
        date == null ? null : LocalDate.parse(date), "en", 1, "x", null, an);
  }

  /* --------------- timeline --------------- */

  @Test
  void timeline_byWeek_listsEmptyWeeksAndShares() {
    List<Article> as = List.of(article(1, "2024-03-04", FEAR, null), article(2, "2024-03-06", null, null),
        article(3, "2024-03-20", FEAR, null), article(4, null, FEAR, null));
    List<Timeline.Point> points = Timeline.of(as, ArticleMatchers.narrative("Speculating war outcomes"), Period.week, null, null);
    assertThat(points).containsExactly(new Timeline.Point(LocalDate.parse("2024-03-04"), 1, 2),
        new Timeline.Point(LocalDate.parse("2024-03-11"), 0, 0), new Timeline.Point(LocalDate.parse("2024-03-18"), 1, 1));
    assertThat(points.get(0).share()).isEqualTo(0.5);
  }

  @Test
  void timeline_byDayWithBounds_countsEntityAndOutlet() {
    List<Article> as = List.of(article(1, "2024-03-04", null, null), article(2, "2024-03-05", null, "NATO"));
    LocalDate from = LocalDate.parse("2024-03-04"), to = LocalDate.parse("2024-03-06");
    assertThat(Timeline.of(as, ArticleMatchers.entity("kyiv"), Period.day, from, to)).extracting(Timeline.Point::count)
        .containsExactly(1L, 1L, 0L);
    assertThat(Timeline.of(as, ArticleMatchers.entity("nato"), Period.day, from, to)).extracting(Timeline.Point::count)
        .containsExactly(0L, 1L, 0L);
    assertThat(Timeline.of(as, ArticleMatchers.outlet("EVEN.example"), Period.day, from, to)).extracting(Timeline.Point::count)
        .containsExactly(0L, 1L, 0L);
    assertThatThrownBy(() -> Timeline.of(as, a -> true, Period.day, to, from)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timelineOfDays_fromDayCounts_bucketsLikeArticles() {
    LocalDate mon = LocalDate.parse("2024-03-04");
    var matching = java.util.Map.of(mon.plusDays(2), 2L, mon.plusDays(15), 1L);
    var totals = java.util.Map.of(mon, 3L, mon.plusDays(2), 2L, mon.plusDays(15), 4L, mon.plusDays(30), 5L);
    assertThat(Timeline.ofDays(matching, totals, Period.week, null, null)).containsExactly(new Timeline.Point(mon, 2, 5),
        new Timeline.Point(mon.plusDays(7), 0, 0), new Timeline.Point(mon.plusDays(14), 1, 4));
    assertThat(Timeline.ofDays(matching, totals, Period.day, mon.plusDays(15), null))
        .containsExactly(new Timeline.Point(mon.plusDays(15), 1, 4));
  }

  @Test
  void timelineSeries_rangeTakenFromTheData_isCutToTheLatestPoints_andSkipsPlaceholderDates() {
    LocalDate last = LocalDate.of(2024, 3, 31);
    java.util.Map<LocalDate, Long> days = new java.util.HashMap<>(java.util.Map.of(LocalDate.of(1960, 1, 1), 1L, last, 2L,
        LocalDate.of(1, 1, 1), 5L, LocalDate.of(9999, 12, 31), 5L));
    Timeline.Series s = Timeline.series(days, days, Period.day, null, null);
    assertThat(s.truncated()).isTrue();
    assertThat(s.points()).hasSize(Timeline.MAX_POINTS);
    assertThat(s.to()).isEqualTo(last);
    assertThat(s.points().get(s.points().size() - 1)).isEqualTo(new Timeline.Point(last, 2, 2));
    Timeline.Series weeks = Timeline.series(days, days, Period.week, null, null);
    assertThat(weeks.truncated()).isFalse();
    assertThat(weeks.from()).isEqualTo(LocalDate.of(1960, 1, 1));
    assertThat(weeks.points().stream().mapToLong(Timeline.Point::total).sum()).isEqualTo(3);
    Timeline.Series fromGiven = Timeline.series(days, days, Period.day, LocalDate.of(1960, 1, 1), null);
    assertThat(fromGiven.points()).hasSize(Timeline.MAX_POINTS);
    assertThat(fromGiven.points().get(0)).isEqualTo(new Timeline.Point(LocalDate.of(1960, 1, 1), 1, 1));
  }

  @Test
  void timelineRange_givenBoundsWiderThanTheLimit_areRefused() {
    LocalDate from = LocalDate.of(2000, 1, 1);
    Timeline.checkRange(Period.day, from, from.plusDays(Timeline.MAX_POINTS - 1));
    assertThatThrownBy(() -> Timeline.checkRange(Period.day, from, from.plusDays(Timeline.MAX_POINTS)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 3660");
    Timeline.checkRange(Period.week, from, from.plusYears(60));
    assertThatThrownBy(() -> Timeline.ofDays(java.util.Map.of(), java.util.Map.of(), Period.day, LocalDate.of(1900, 1, 1),
        LocalDate.of(2100, 12, 31))).isInstanceOf(IllegalArgumentException.class);
  }

  /* --------------- alerts --------------- */

  @Test
  void detect_risingNarrative_alertsWithRatioAndZ() {
    List<Article> as = new ArrayList<>();
    int n = 0;
    // baseline 2024-02-03..03-01: 40 articles, 2 with the narrative; window 03-02..03-08: 10 articles, 6 with it
    for (int i = 0; i < 40; i++) as.add(article(n++, LocalDate.parse("2024-02-03").plusDays(i % 28).toString(), i < 2 ? FEAR : null, "Ukraine"));
    for (int i = 0; i < 10; i++) as.add(article(n++, LocalDate.parse("2024-03-02").plusDays(i % 7).toString(), i < 6 ? FEAR : null, "Ukraine"));
    as.add(article(n++, "2024-01-01", FEAR, null));   // before the baseline: ignored
    List<AlertDetector.Alert> alerts = new AlertDetector(AlertDetector.Settings.defaults()).detect(as, LocalDate.parse("2024-03-08"));
    assertThat(alerts).hasSize(1);
    AlertDetector.Alert a = alerts.get(0);
    assertThat(a.kind()).isEqualTo("narrative");
    assertThat(a.label()).isEqualTo(FEAR);
    assertThat(a.windowCount()).isEqualTo(6);
    assertThat(a.windowTotal()).isEqualTo(10);
    assertThat(a.baselineCount()).isEqualTo(2);
    assertThat(a.baselineTotal()).isEqualTo(40);
    // pw = 7/12, pb = 3/42: ratio 8.17; z = (6 - 10*3/42)/sqrt(10*3/42*39/42) = 6.49
    assertThat(a.ratio()).isBetween(8.16, 8.17);
    assertThat(a.z()).isBetween(6.48, 6.50);
  }

  @Test
  void detectFromCounts_sameRuleAsFromArticles() {
    AlertDetector d = new AlertDetector(AlertDetector.Settings.defaults());
    LocalDate now = LocalDate.parse("2024-03-08");
    assertThat(d.windowStart(now)).isEqualTo("2024-03-02");
    assertThat(d.baselineStart(now)).isEqualTo("2024-02-03");
    List<AlertDetector.Alert> alerts = d.detect(List.of(new AlertDetector.LabelCounts("narrative", FEAR, 6, 2),
        new AlertDetector.LabelCounts("actor", "Ukraine", 10, 40)), 10, 40);
    assertThat(alerts).extracting(AlertDetector.Alert::label).containsExactly(FEAR);
    assertThat(alerts.get(0).ratio()).isBetween(8.16, 8.17);
    assertThat(alerts.get(0).z()).isBetween(6.48, 6.50);
  }

  @Test
  void detect_steadyActor_noAlert() {
    List<Article> as = new ArrayList<>();
    for (int i = 0; i < 35; i++) as.add(article(i, LocalDate.parse("2024-02-03").plusDays(i).toString(), null, i % 2 == 0 ? "NATO" : null));
    assertThat(new AlertDetector(AlertDetector.Settings.defaults()).detect(as, LocalDate.parse("2024-03-08"))).isEmpty();
  }

  @Test
  void settings_bad_throw() {
    assertThatThrownBy(() -> new AlertDetector.Settings(0, 28, 3, 2, 2)).hasMessageContaining("windowDays");
  }
}
