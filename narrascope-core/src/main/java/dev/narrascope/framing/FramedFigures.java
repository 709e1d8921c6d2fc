package dev.narrascope.framing;

/**
 * How well the "is this actor framed?" decision agrees with the annotators over a set of articles.
 * Immutable; {@link #plus} adds articles.
 *
 * @param articles        annotated articles scored
 * @param candidates      candidate actors the entity stage found in them
 * @param framed          candidates the decision framed
 * @param framedRight     framed candidates that stand for an annotated entity (precision's numerator)
 * @param annotated       annotated entities (distinct entity strings per article)
 * @param annotatedFramed annotated entities that some framed candidate stands for (recall's numerator)
 * @param annotatedFound  annotated entities that some candidate stands for (the most recall can reach)
 * @param annotatedBefore annotated entities that one of the {@code cap} most mentioned candidates stands for: the
 *                        ones the product framed before it decided whether an actor is framed at all
 * @param keptFramed      of those, the ones still framed
 * @param framedBefore    candidates the product framed before (the {@code cap} most mentioned)
 * @param rightBefore     of those, the ones standing for an annotated entity
 */
public record FramedFigures(int articles, int candidates, int framed, int framedRight, int annotated,
                            int annotatedFramed, int annotatedFound, int annotatedBefore, int keptFramed, int framedBefore, int rightBefore) {
  static final FramedFigures NONE = new FramedFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * The figures of one article given which of its candidates were framed; {@code cap} is how many of
   * the most mentioned candidates (the first ones) the product framed before.
   */
  static FramedFigures of(SalienceDocument d, boolean[] isFramed, int cap) {
    int framed = 0;
    int right = 0;
    for (int i = 0; i < isFramed.length; i++) {
      if (!isFramed[i]) continue;
      framed++;
      if (d.positive()[i]) right++;
    }
    int hit = 0;
    int found = 0;
    int before = 0;
    int kept = 0;
    for (int[] matches : d.goldMatches()) {
      boolean now = false;
      boolean then = false;
      for (int i : matches) {
        now |= isFramed[i];
        then |= i < cap;
      }
      if (matches.length > 0) found++;
      if (now) hit++;
      if (then) before++;
      if (now && then) kept++;
    }
    int rightBefore = 0;
    for (int i = 0; i < Math.min(cap, d.candidates()); i++) if (d.positive()[i]) rightBefore++;
    return new FramedFigures(1, d.candidates(), framed, right, d.goldMatches().size(), hit, found, before, kept,
        Math.min(cap, d.candidates()), rightBefore);
  }

  FramedFigures plus(FramedFigures o) {
    return new FramedFigures(articles + o.articles, candidates + o.candidates, framed + o.framed,
        framedRight + o.framedRight, annotated + o.annotated, annotatedFramed + o.annotatedFramed,
        annotatedFound + o.annotatedFound, annotatedBefore + o.annotatedBefore, keptFramed + o.keptFramed,
        framedBefore + o.framedBefore, rightBefore + o.rightBefore);
  }

  /** Share of framed actors that the annotators framed. */
  public double precision() {
    return framed == 0 ? 0 : (double) framedRight / framed;
  }

  /** Share of annotated entities that are framed. */
  public double recall() {
    return annotated == 0 ? 0 : (double) annotatedFramed / annotated;
  }

  /** Share of the annotated entities framed before (see {@code annotatedBefore}) that are still framed. */
  public double kept() {
    return annotatedBefore == 0 ? 0 : (double) keptFramed / annotatedBefore;
  }

  /** {@link #precision()} of framing the {@code cap} most mentioned candidates, as the product did before. */
  public double precisionBefore() {
    return framedBefore == 0 ? 0 : (double) rightBefore / framedBefore;
  }

  /** Share of annotated entities framed before: {@link #recall()} of framing the {@code cap} most mentioned candidates. */
  public double recallBefore() {
    return annotated == 0 ? 0 : (double) annotatedBefore / annotated;
  }

  public double framedPerArticle() {
    return articles == 0 ? 0 : (double) framed / articles;
  }
}
