package dev.narrascope.app.web;

import dev.narrascope.DateLimits;
import dev.narrascope.framing.Roles;
import dev.narrascope.store.ArticleQuery;
import dev.narrascope.trend.AlertDetector;
import dev.narrascope.trend.Period;
import io.javalin.http.Context;
import java.time.LocalDate;

/** Reads and validates query parameters; bad values become 400 answers naming the parameter. */
final class Params {
  /** Largest page any list endpoint returns. */
  static final int MAX_LIMIT = 200;
  static final int DEFAULT_LIMIT = 50;
  /** Longest filter or search string accepted. */
  static final int MAX_TEXT = 500;
  /** Longest alert window or baseline in days: a year, so one request never loads the whole history of a big store. */
  static final int MAX_ALERT_DAYS = 366;

  private Params() {}

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, 1_000_000);
  }

  static int limit(Context ctx) {
    return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  static int integer(Context ctx, String name, int def, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return def;
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) throw ApiException.badRequest(name + " must be in [" + min + "," + max + "]: " + n);
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be an integer: " + abbreviate(v));
    }
  }

  /** A text parameter, or {@code null} when absent or blank; control characters (NUL…) are refused. */
  static String text(Context ctx, String name) {
    return checkedText(name, ctx.queryParam(name));
  }

  /** A path parameter (an id), checked like a text parameter. */
  static String path(Context ctx, String name) {
    String v = checkedText(name, ctx.pathParam(name));
    if (v == null) throw ApiException.badRequest("empty " + name);
    return v;
  }

  private static String checkedText(String name, String v) {
    if (v == null) return null;
    if (v.length() > MAX_TEXT) throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
    if (v.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest(name + " must not contain control characters (such as NUL, tab or newline)");
    }
    return v.isBlank() ? null : v.strip();
  }

  static String requiredText(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) throw ApiException.badRequest("missing query parameter '" + name + "'");
    return v;
  }

  /**
   * A date parameter, or {@code null} when absent: every date parameter goes through here and
   * {@link DateLimits#parseQuery}, so it is a {@code yyyy-mm-dd} in 1900..2100.
   */
  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) return null;
    try {
      return DateLimits.parseQuery(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(name + ": " + e.getMessage());
    }
  }

  /** The article filters shared by list endpoints, with paging. */
  static ArticleQuery filters(Context ctx) {
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("from is after to");
    return new ArticleQuery(text(ctx, "outlet"), text(ctx, "language"), text(ctx, "narrative"), text(ctx, "actor"),
        role(ctx), text(ctx, "story"), from, to, offset(ctx), limit(ctx));
  }

  /** {@code role}: one of the main roles ({@link Roles#MAIN}), exact case. */
  static String role(Context ctx) {
    String v = text(ctx, "role");
    if (v != null && !Roles.MAIN.contains(v)) {
      throw ApiException.badRequest("role must be one of " + String.join(", ", Roles.MAIN) + ": " + abbreviate(v));
    }
    return v;
  }

  /**
   * {@code by}: {@code day} (default) or {@code week}, as the CLI's {@code --by}; {@code bucket} is
   * the older name, still accepted (both at once must agree).
   */
  static Period period(Context ctx) {
    String by = text(ctx, "by");
    String bucket = text(ctx, "bucket");
    if (by != null && bucket != null && !by.equals(bucket)) {
      throw ApiException.badRequest("by and bucket (its older name) disagree: " + abbreviate(by) + " / " + abbreviate(bucket));
    }
    String v = by != null ? by : bucket;
    if (v == null || v.equals("day")) return Period.day;
    if (v.equals("week")) return Period.week;
    throw ApiException.badRequest((by != null ? "by" : "bucket") + " must be day or week: " + abbreviate(v));
  }

  /** A decimal parameter, {@code def} when absent. */
  static double decimal(Context ctx, String name, double def) {
    String v = text(ctx, name);
    if (v == null) return def;
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) throw ApiException.badRequest(name + " must be a finite number: " + abbreviate(v));
      return d;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a number: " + abbreviate(v));
    }
  }

  /**
   * The CLI {@code alerts} options as query parameters ({@code window}, {@code baseline} in days,
   * {@code minCount}, {@code ratio}, {@code minZ}), with the same defaults ({@link AlertDetector.Settings#defaults()}).
   */
  static AlertDetector.Settings alertSettings(Context ctx) {
    AlertDetector.Settings d = AlertDetector.Settings.defaults();
    int window = integer(ctx, "window", d.windowDays(), 1, MAX_ALERT_DAYS);
    int baseline = integer(ctx, "baseline", d.baselineDays(), 1, MAX_ALERT_DAYS);
    int minCount = integer(ctx, "minCount", d.minCount(), 1, 1_000_000);
    double ratio = decimal(ctx, "ratio", d.minRatio());
    if (!(ratio > 0)) throw ApiException.badRequest("ratio must be > 0: " + ratio);
    return new AlertDetector.Settings(window, baseline, minCount, ratio, decimal(ctx, "minZ", d.minZ()));
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
