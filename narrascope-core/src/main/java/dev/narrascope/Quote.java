package dev.narrascope;

/**
 * A quote found in the clean text.
 *
 * @param text     the quoted words (without the quotation marks)
 * @param speaker  canonical name of the speaker, or {@code null} when none could be found
 * @param start    offset of the quoted words
 * @param end      offset after the quoted words (exclusive)
 * @param direct   {@code true} for a direct quote in quotation marks, {@code false} for reported speech
 */
public record Quote(String text, String speaker, int start, int end, boolean direct) {}
