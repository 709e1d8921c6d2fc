package dev.narrascope.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a span of days: {@code 7}, {@code 7d} or {@code 4w}. */
final class DaysConverter implements ITypeConverter<Integer> {
  @Override
  public Integer convert(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      int n = v.endsWith("w") ? 7 * Integer.parseInt(v.substring(0, v.length() - 1))
          : Integer.parseInt(v.endsWith("d") ? v.substring(0, v.length() - 1) : v);
      if (n < 1) throw new TypeConversionException("must be at least 1 day: " + value);
      return n;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("not a number of days (7, 7d or 2w): " + value);
    }
  }
}
