package dev.narrascope.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.narrascope.text.BoundedMemo;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one shared Lingua detector, built on first use. Lingua keeps its n-gram models in memory, so
 * it is restricted to the languages the project meets (all 75 would cost about 1 GB of heap) and
 * built once per JVM: the holder idiom makes the first caller pay and every later one share it.
 *
 * <p>Low-accuracy mode (trigrams only) because articles give it hundreds of chars, where trigrams
 * are as good as 1–5-grams: measured here on the 460 SemEval test documents it loads in ~1 s and
 * holds ~22 MB of heap, against ~9 s and ~320 MB for the high-accuracy models, at no loss of speed.
 * Thread-safe.
 *
 * <p>Detection runs through {@link #confidences} on the caller's thread, not through Lingua's own
 * {@code computeLanguageConfidenceValues}: that one hands its work to {@code ForkJoinPool.commonPool()}
 * and waits, and the common pool has one worker fewer than the machine has cores: on two cores every
 * analysis thread's detection queued for one worker (BENCHMARKS.md, "Eight clients a third time").
 */
final class LinguaModels {
  /**
   * Bulgarian, English, Hindi, Portuguese and Russian (the SemEval corpus), plus big neighbours.
   * The app's shaded jar keeps only these languages' models: change its shade filter with this list.
   */
  static final List<Language> LANGUAGES = List.of(Language.BULGARIAN, Language.ENGLISH, Language.HINDI,
      Language.PORTUGUESE, Language.RUSSIAN, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
      Language.POLISH, Language.UKRAINIAN, Language.ARABIC, Language.CHINESE);

  private LinguaModels() {}

  static LanguageDetector detector() {
    return Holder.DETECTOR;
  }

  /** Trigrams only: what Lingua's low-accuracy mode reads. */
  private static final int NGRAM_LENGTH = 3;
  /** Lingua's own test for text without letters ({@code Constant.NO_LETTER}, a Kotlin regex of this pattern). */
  private static final Pattern NO_LETTER = Pattern.compile("^[^\\p{L}]+$");
  /**
   * Trigram terms per language ({@link #LANGUAGES}' order; NaN: not looked up yet). 100,000 trigrams
   * hold about 15 MB; the first 1,000 English and Russian documents have a few tens of thousands.
   */
  private static final BoundedMemo<float[]> TERMS = new BoundedMemo<>(100_000);
  /** A language's place in {@link #LANGUAGES}, by its ordinal. */
  private static final int[] SLOTS = new int[Language.values().length];
  /** Lingua's {@code lookUpNgramProbability} (Kotlin-mangled name, so reached through a method handle). */
  private static final MethodHandle LOOK_UP;

  static {
    for (int i = 0; i < LANGUAGES.size(); i++) SLOTS[LANGUAGES.get(i).ordinal()] = i;
    try {
      LOOK_UP = MethodHandles.publicLookup().findVirtual(LanguageDetector.class, "lookUpNgramProbability-as5wtIs$lingua",
          MethodType.methodType(float.class, Language.class, String.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * What {@code detector().computeLanguageConfidenceValues(text)} answers (the same map, the same
   * order: most likely first, ties by language), computed on the caller's thread. It follows Lingua
   * 1.2.2's low-accuracy path step by step: the detector's own (Kotlin-internal, hence the
   * {@code $lingua} names) text clean-up and sum, its rules from per-word facts ({@link LinguaRules}),
   * its trigrams and their terms remembered ({@link #trigrams}, {@link #term}); {@code LinguaModelsTest} pins the answers to Lingua's on every
   * language's texts, so a Lingua upgrade that changes them fails there. Lingua's value is each
   * language's sum relative to the best one's, which says little about how sure the choice is
   * ({@link #detect} gives that).
   */
  static SortedMap<Language, Double> confidences(String text) {
    Sums sums = sums(text);
    if (sums.decided() != null) return new TreeMap<>(Map.of(sums.decided(), 1.0));
    Float highest = null;
    for (float p : sums.logProbabilities().values()) if (highest == null || p > highest) highest = p;
    Map<Language, Double> confidences = new HashMap<>();
    for (var e : sums.logProbabilities().entrySet()) confidences.put(e.getKey(), (double) (highest / e.getValue()));
    SortedMap<Language, Double> sorted = new TreeMap<>(Comparator.<Language, Double>comparing(confidences::get)
        .reversed().thenComparing(Comparator.naturalOrder()));
    sorted.putAll(confidences);
    return sorted;
  }

  /**
   * The language Lingua chooses for a text (the first of {@link #confidences}) and its lead: the
   * best language's summed log-probability minus the runner-up's, in nats; infinite when Lingua's
   * rules or its character filter leave one language. Null when Lingua chooses none.
   */
  static Detection detect(String text) {
    Sums sums = sums(text);
    if (sums.decided() != null) return new Detection(sums.decided(), Double.POSITIVE_INFINITY);
    Language best = null;
    float bestSum = 0, runnerUp = Float.NEGATIVE_INFINITY;
    for (var e : sums.logProbabilities().entrySet()) {
      float sum = e.getValue();
      if (best == null || sum > bestSum || (sum == bestSum && e.getKey().compareTo(best) < 0)) {
        if (best != null) runnerUp = Math.max(runnerUp, bestSum);
        best = e.getKey();
        bestSum = sum;
      } else {
        runnerUp = Math.max(runnerUp, sum);
      }
    }
    return best == null ? null : new Detection(best, runnerUp == Float.NEGATIVE_INFINITY
        ? Double.POSITIVE_INFINITY : (double) bestSum - runnerUp);
  }

  /** A chosen language and its lead over the runner-up in nats ({@link #detect}). */
  record Detection(Language language, double lead) {}

  /**
   * Lingua's evidence for a text: the one language its rules or character filter leave
   * ({@code decided}), or else each candidate's summed trigram log-probability (empty when none).
   */
  private record Sums(Language decided, Map<Language, Float> logProbabilities) {}

  private static Sums sums(String text) {
    LanguageDetector detector = detector();
    String cleaned = detector.cleanUpInputText$lingua(text);
    if (cleaned.isEmpty() || NO_LETTER.matcher(cleaned).matches()) return new Sums(null, Map.of());
    List<LinguaRules.Word> words = LinguaRules.words(LinguaRules.split(cleaned));
    Language byRules = LinguaRules.detect(words);
    if (byRules != Language.UNKNOWN) return new Sums(byRules, Map.of());
    Set<Language> candidates = LinguaRules.filter(detector, words);
    if (candidates.size() == 1) return new Sums(candidates.iterator().next(), Map.of());
    if (cleaned.length() < NGRAM_LENGTH) return new Sums(null, Map.of());
    Set<String> trigrams = trigrams(cleaned);
    Map<Language, Float> probabilities = new HashMap<>();
    for (Language language : candidates) {
      // Lingua's computeSumOfNgramProbabilities, term by term in the same order, so the float sum is the same.
      float sum = 0;
      for (String trigram : trigrams) sum += term(trigram, language);
      if (sum < 0.0) probabilities.put(language, sum);
    }
    return new Sums(null, detector.sumUpProbabilities$lingua(List.of(probabilities), Map.of(), candidates));
  }

  /**
   * Lingua's {@code TestDataLanguageModel.fromText(text, 3)}: every 3-char slice made of letters only,
   * in a hash set filled in the same order as Lingua's (its n-grams hash as their strings do), so
   * they are summed in Lingua's order. A letter test per char instead of Lingua's regex per slice;
   * a surrogate pair counts as the one code point it makes within the slice, a lone surrogate as no letter.
   */
  static Set<String> trigrams(String text) {
    Set<String> trigrams = new HashSet<>();
    for (int i = 0; i + NGRAM_LENGTH <= text.length(); i++) {
      if (letters(text, i, i + NGRAM_LENGTH)) trigrams.add(text.substring(i, i + NGRAM_LENGTH));
    }
    return trigrams;
  }

  private static boolean letters(String text, int from, int to) {
    for (int i = from; i < to; ) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (!Character.isLetter(Character.toCodePoint(c, text.charAt(i + 1)))) return false;
        i += 2;
      } else {
        if (!Character.isLetter(c)) return false;
        i++;
      }
    }
    return true;
  }

  /**
   * Lingua's term for one trigram in one language: the log of the probability of the trigram, or
   * else of its first two letters, or else of its first letter, whichever the language's models hold
   * first; 0 when none does. Remembered per trigram ({@link #TERMS}): news repeats its trigrams
   * ("the", "ing", "ción"), and each costs Lingua up to three look-ups per candidate language.
   */
  private static float term(String trigram, Language language) {
    float[] terms = TERMS.get(trigram, t -> notLookedUp());
    int slot = SLOTS[language.ordinal()];
    float t = terms[slot];
    if (Float.isNaN(t)) {
      // Two threads may both compute a missing term; they write the same value.
      t = lookUpTerm(trigram, language);
      terms[slot] = t;
    }
    return t;
  }

  private static float[] notLookedUp() {
    float[] terms = new float[LANGUAGES.size()];
    Arrays.fill(terms, Float.NaN);
    return terms;
  }

  private static float lookUpTerm(String trigram, Language language) {
    for (int length = trigram.length(); length > 0; length--) {
      float probability;
      try {
        probability = (float) LOOK_UP.invokeExact(detector(), language, trigram.substring(0, length));
      } catch (Throwable e) {
        throw new IllegalStateException("Lingua's n-gram look-up failed for '" + trigram + "'", e);
      }
      if (probability > 0) return (float) Math.log(probability);
    }
    return 0;
  }

  private static final class Holder {
    // Preloading turns the lazy per-language loading inside Lingua into one predictable pause on first use.
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
        .withLowAccuracyMode()
        .withPreloadedLanguageModels()
        .build();
  }
}
