package dev.narrascope.spark;

import dev.narrascope.ActorFraming;
import dev.narrascope.Analysis;
import dev.narrascope.Article;
import dev.narrascope.Finding;
import dev.narrascope.LabelScore;
import dev.narrascope.Quote;
import dev.narrascope.Story;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables a run writes under {@code --out} (docs/spark.md): one row per article, story,
 * label, actor, quote and finding. {@code articles.article_json} holds the whole article as the store
 * encodes it, so {@code import parquet} loads a store without losing anything.
 */
final class OutputTables {
  static final String ARTICLES = "articles";
  static final String STORIES = "stories";
  static final String NARRATIVES = "narratives";
  static final String ACTORS = "actors";
  static final String QUOTES = "quotes";
  static final String FINDINGS = "findings";

  static final StructType ARTICLE_SCHEMA = new StructType()
      .add("seq", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("origin", DataTypes.StringType, true)
      .add("url", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("outlet", DataTypes.StringType, true)
      .add("published", DataTypes.DateType, true)
      .add("language", DataTypes.StringType, true)
      .add("language_confidence", DataTypes.DoubleType, false)
      .add("text", DataTypes.StringType, true)
      .add("story_id", DataTypes.StringType, true)
      .add("repost_of", DataTypes.StringType, true)
      .add("narratives", DataTypes.createArrayType(DataTypes.StringType), true)
      .add("sub_narratives", DataTypes.createArrayType(DataTypes.StringType), true)
      .add("dominant_narrative", DataTypes.StringType, true)
      .add("dominant_sub_narrative", DataTypes.StringType, true)
      .add("explanation", DataTypes.StringType, true)
      .add("metadata_json", DataTypes.StringType, true)
      .add("article_json", DataTypes.StringType, false);

  static final StructType STORY_SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("headline", DataTypes.StringType, true)
      .add("size", DataTypes.IntegerType, false)
      .add("first_date", DataTypes.DateType, true)
      .add("last_date", DataTypes.DateType, true)
      .add("outlets", DataTypes.createArrayType(DataTypes.StringType), true)
      .add("languages", DataTypes.createArrayType(DataTypes.StringType), true)
      .add("article_ids", DataTypes.createArrayType(DataTypes.StringType), true);

  static final StructType NARRATIVE_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("level", DataTypes.StringType, false)
      .add("rank", DataTypes.IntegerType, false)
      .add("label", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false);

  static final StructType ACTOR_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("actor", DataTypes.StringType, false)
      .add("main_role", DataTypes.StringType, true)
      .add("main_confidence", DataTypes.DoubleType, false)
      .add("fine_roles", DataTypes.createArrayType(DataTypes.StringType), true)
      .add("framed_confidence", DataTypes.DoubleType, false)
      .add("mentions", DataTypes.IntegerType, false);

  static final StructType QUOTE_SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("speaker", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("direct", DataTypes.BooleanType, false);

  static final StructType FINDING_SCHEMA = new StructType()
      .add("stage", DataTypes.StringType, true)
      .add("code", DataTypes.StringType, true)
      .add("input", DataTypes.StringType, true)
      .add("message", DataTypes.StringType, true);

  private OutputTables() {}

  static Row article(long seq, Article a) {
    Analysis an = a.analysis();
    return RowFactory.create(seq, a.id(), a.origin(), a.url(), a.title(), a.outlet(), date(a.published()), a.language(),
        a.languageConfidence(), a.text(), an.storyId(), an.repostOf(), labels(an.narratives()), labels(an.subNarratives()),
        an.explanation() == null ? null : an.explanation().narrative(),
        an.explanation() == null ? null : an.explanation().subNarrative(),
        an.explanation() == null ? null : an.explanation().text(), Rows.json(a.metadata()), Rows.json(a));
  }

  static Row story(Story s) {
    return RowFactory.create(s.id(), s.headline(), s.size(), date(s.first()), date(s.last()),
        s.outlets().toArray(String[]::new), s.languages().toArray(String[]::new), s.articleIds().toArray(String[]::new));
  }

  static Row finding(Finding f) {
    return RowFactory.create(f.stage(), f.code(), f.input(), f.message());
  }

  /** A {@link #FINDING_SCHEMA} row read back. */
  static Finding finding(Row r) {
    return new Finding(r.getString(0), r.getString(1), r.getString(2), r.getString(3));
  }

  /** The {@link #NARRATIVES} rows of articles given as {@code article_json}. */
  static final FlatMapFunction<Row, Row> NARRATIVE_ROWS = row -> {
    Article a = Rows.article(row.getString(0));
    List<Row> out = new ArrayList<>();
    addLabels(out, a.id(), "narrative", a.analysis().narratives());
    addLabels(out, a.id(), "subNarrative", a.analysis().subNarratives());
    return out.iterator();
  };

  static final FlatMapFunction<Row, Row> ACTOR_ROWS = row -> {
    Article a = Rows.article(row.getString(0));
    List<Row> out = new ArrayList<>();
    for (ActorFraming f : a.analysis().actors()) {
      out.add(RowFactory.create(a.id(), f.actor(), f.mainRole(), f.mainConfidence(), f.fineRoles().toArray(String[]::new),
          f.framedConfidence(), f.mentions().size()));
    }
    return out.iterator();
  };

  static final FlatMapFunction<Row, Row> QUOTE_ROWS = row -> {
    Article a = Rows.article(row.getString(0));
    Iterator<Quote> quotes = a.analysis().quotes().iterator();
    List<Row> out = new ArrayList<>();
    while (quotes.hasNext()) {
      Quote q = quotes.next();
      out.add(RowFactory.create(a.id(), q.speaker(), q.text(), q.start(), q.end(), q.direct()));
    }
    return out.iterator();
  };

  private static void addLabels(List<Row> out, String id, String level, List<LabelScore> labels) {
    for (int i = 0; i < labels.size(); i++) out.add(RowFactory.create(id, level, i + 1, labels.get(i).label(), labels.get(i).confidence()));
  }

  private static String[] labels(List<LabelScore> labels) {
    return labels.stream().map(LabelScore::label).toArray(String[]::new);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
