package dev.narrascope.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;

/**
 * The one shared Lingua detector, built on first use. Lingua keeps its n-gram models in memory, so
 * it is restricted to the languages the project meets (all 75 would cost about 1 GB of heap) and
 * built once per JVM: the holder idiom makes the first caller pay and every later one share it.
 *
 * <p>Low-accuracy mode (trigrams only) because articles give it hundreds of chars, where trigrams
 * are as good as 1–5-grams: measured here on the 460 SemEval test documents it loads in ~1 s and
 * holds ~22 MB of heap, against ~9 s and ~320 MB for the high-accuracy models, at no loss of speed.
 * Thread-safe.
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

  private static final class Holder {
    // Preloading turns the lazy per-language loading inside Lingua into one predictable pause on first use.
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
        .withLowAccuracyMode()
        .withPreloadedLanguageModels()
        .build();
  }
}
