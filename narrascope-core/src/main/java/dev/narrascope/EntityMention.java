package dev.narrascope;

/**
 * One mention of an entity in the clean text.
 *
 * @param text      the surface form as written
 * @param canonical the canonical actor name it resolves to (e.g. "Kyiv" for "Kiev")
 * @param type      PERSON, ORGANIZATION, LOCATION (places and countries), GROUP or OTHER
 * @param start     offset of the first char
 * @param end       offset after the last char (exclusive)
 */
public record EntityMention(String text, String canonical, String type, int start, int end) {}
