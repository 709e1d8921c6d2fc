package dev.narrascope.corpus;

/**
 * An article's story terms before weighting: its title and lead terms, names, numbers and canonical
 * entity names, each with its weighted count (title terms count double) and its boost (names,
 * numbers). What the stories stage weighs against the corpus's document frequencies; computed per
 * article ({@code StoryTermsStage}: in parallel, on Spark's executors), so the stateful tail only
 * weighs. Terms in code-point order, each once. Arrays are not copied: treat them as read-only.
 */
public record TermCounts(String[] terms, double[] counts, double[] boosts) {
  public TermCounts {
    if (terms.length != counts.length || terms.length != boosts.length) {
      throw new IllegalArgumentException("terms, counts and boosts differ in length");
    }
  }

  public int size() {
    return terms.length;
  }
}
