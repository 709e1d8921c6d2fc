package dev.narrascope.clean;

import dev.narrascope.Article;
import dev.narrascope.CorpusStage;
import dev.narrascope.Findings;
import dev.narrascope.Key;
import dev.narrascope.Keys;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives an outlet known only by its web host ({@code dailysentinel.example}) the name that other
 * articles of the batch state for it ("Daily Sentinel"), so that one outlet is counted once. A name
 * fits a host when the host's label, in lowercase letters and digits, spells the name, or its first
 * two or more words, in Latin letters ({@code bharatsamachar} ↔ "भारत समाचार टुडे",
 * {@code vestnik-evrazii} ↔ "Вестник Евразии"). A host is renamed only when exactly one stated name
 * fits it; no name is ever made up. Ids are unchanged. Stateless and thread-safe.
 */
public final class OutletNames implements CorpusStage {
  public static final String NAME = "outletNames";

  private static final char VIRAMA = '\u094d';
  private static final char NUKTA = '\u093c';
  private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
  /** Second-level labels under a country code ({@code bbc.co.uk}): the outlet's label is the one before. */
  private static final Set<String> GENERIC_SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu");
  /**
   * Latin spellings of Cyrillic letters; where usage varies, every common one. Words are decomposed
   * first, so й and ё arrive as и and е with their marks dropped.
   */
  private static final Map<Character, String> CYRILLIC = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "(v|w)"), Map.entry('г', "(g|h)"), Map.entry('д', "d"),
      Map.entry('е', "(e|ye|ie)"), Map.entry('ж', "(zh|j|z)"), Map.entry('з', "z"),
      Map.entry('и', "(i|y)"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
      Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
      Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "(kh|h|x)"), Map.entry('ц', "(ts|c|tz)"),
      Map.entry('ч', "(ch|c)"), Map.entry('ш', "(sh|s)"), Map.entry('щ', "(shch|sht|sch)"), Map.entry('ъ', "(a|u)?"),
      Map.entry('ы', "(y|i)"), Map.entry('ь', "(y|j)?"), Map.entry('э', "e"), Map.entry('ю', "(yu|iu|ju)"),
      Map.entry('я', "(ya|ia|ja)"), Map.entry('і', "i"), Map.entry('ї', "(yi|i)"), Map.entry('є', "(ye|ie|e)"),
      Map.entry('ґ', "g"));
  /** Latin spellings of Devanagari letters and vowel signs, without the inherent vowel. */
  private static final Map<Character, String> DEVANAGARI = Map.ofEntries(
      Map.entry('अ', "a"), Map.entry('आ', "aa?"), Map.entry('इ', "i"), Map.entry('ई', "(ee|i)"), Map.entry('उ', "u"),
      Map.entry('ऊ', "(oo|u)"), Map.entry('ऋ', "ri"), Map.entry('ए', "e"), Map.entry('ऐ', "(ai|e)"), Map.entry('ओ', "o"),
      Map.entry('औ', "(au|o)"), Map.entry('ा', "aa?"), Map.entry('ि', "i"), Map.entry('ी', "(ee|i)"), Map.entry('ु', "u"),
      Map.entry('ू', "(oo|u)"), Map.entry('ृ', "ri"), Map.entry('े', "e"), Map.entry('ै', "(ai|e)"), Map.entry('ो', "o"),
      Map.entry('ौ', "(au|o)"), Map.entry('ॅ', "e"), Map.entry('ॉ', "o"), Map.entry('ं', "(n|m)"), Map.entry('ँ', "n?"),
      Map.entry('ः', "h"), Map.entry('क', "k"), Map.entry('ख', "kh"), Map.entry('ग', "g"), Map.entry('घ', "gh"),
      Map.entry('ङ', "n"), Map.entry('च', "ch?"), Map.entry('छ', "chh?"), Map.entry('ज', "(j|z)"), Map.entry('झ', "jh"),
      Map.entry('ञ', "n"), Map.entry('ट', "t"), Map.entry('ठ', "th"), Map.entry('ड', "d"), Map.entry('ढ', "dh"),
      Map.entry('ण', "n"), Map.entry('त', "t"), Map.entry('थ', "th"), Map.entry('द', "d"), Map.entry('ध', "dh"),
      Map.entry('न', "n"), Map.entry('प', "p"), Map.entry('फ', "(ph|f)"), Map.entry('ब', "b"), Map.entry('भ', "bh"),
      Map.entry('म', "m"), Map.entry('य', "y"), Map.entry('र', "r"), Map.entry('ल', "l"), Map.entry('व', "(v|w)"),
      Map.entry('श', "sh"), Map.entry('ष', "sh"), Map.entry('स', "s"), Map.entry('ह', "h"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.TEXT);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.OUTLET);
  }

  @Override
  public List<Article> apply(List<Article> batch, Findings findings) {
    Set<String> names = new LinkedHashSet<>();
    for (Article a : batch) if (a.outlet() != null && !isHost(a.outlet())) names.add(a.outlet().strip());
    List<Article> out = new ArrayList<>(batch.size());
    for (Article a : batch) {
      String name = a.outlet() != null && isHost(a.outlet()) ? nameOf(a.outlet(), names) : null;
      out.add(name == null ? a : a.withOutlet(name));
    }
    return out;
  }

  /** @return the only name among {@code names} that fits {@code host}, or {@code null} */
  private static String nameOf(String host, Set<String> names) {
    String found = null;
    for (String n : names) {
      if (!namesHost(n, host)) continue;
      if (found != null && !found.equals(n)) return null;
      found = n;
    }
    return found;
  }

  /** @return whether {@code outlet} is a bare host name such as {@code pravda-now.example} */
  static boolean isHost(String outlet) {
    return HOST.matcher(outlet.strip().toLowerCase(Locale.ROOT)).matches();
  }

  /** @return whether the host's label spells {@code name}, or its first two or more words */
  static boolean namesHost(String name, String host) {
    String label = label(host);
    if (label.isEmpty()) return false;
    List<String> words = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      String latin = latin(w);
      if (!latin.isEmpty()) words.add(latin);
    }
    // Hosts often drop a leading article: theguardian.com and guardian.com both name "The Guardian".
    if (words.size() > 1 && words.get(0).equals("the")) {
      if (spells(label, words)) return true;
      words = words.subList(1, words.size());
    }
    return spells(label, words);
  }

  private static boolean spells(String label, List<String> words) {
    StringBuilder prefix = new StringBuilder();
    for (int k = 0; k < words.size(); k++) {
      prefix.append(words.get(k));
      if ((k >= 1 || words.size() == 1) && label.matches(prefix.toString())) return true;
    }
    return false;
  }

  /** The host's distinctive label, in lowercase letters and digits: {@code news.bbc.co.uk} → {@code bbc}. */
  private static String label(String host) {
    String[] labels = host.strip().toLowerCase(Locale.ROOT).split("\\.");
    int i = labels.length - 2;
    if (i > 0 && GENERIC_SECOND_LEVEL.contains(labels[i]) && labels[labels.length - 1].length() == 2) i--;
    return i < 0 ? "" : labels[i].replaceAll("[^a-z0-9]", "");
  }

  /** A regular expression for the Latin spellings of one word: accents dropped, other scripts transliterated. */
  private static String latin(String word) {
    String s = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    boolean inherent = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == NUKTA) continue;
      // A Devanagari consonant carries an "a" unless a vowel sign or virama follows; it is often silent.
      if (inherent && !(c >= '\u093e' && c <= '\u094c') && c != VIRAMA) out.append("a?");
      inherent = c >= 'क' && c <= 'ह';
      String spelt = DEVANAGARI.containsKey(c) ? DEVANAGARI.get(c) : CYRILLIC.get(c);
      if (spelt != null) out.append(spelt);
      else if (c == 'ß') out.append("ss");
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.append(c);
    }
    if (inherent) out.append("a?");
    return out.toString();
  }
}
