package dev.narrascope.framing;

/**
 * One entity mention as the task gives it: a document, the entity text and its character offsets in
 * the raw document (UTF-16 chars of the file exactly as stored, {@code \r} included).
 *
 * @param documentId   the document's file name, e.g. {@code EN_UA_300009.txt}
 * @param entity       the entity text as annotated
 * @param start        offset of the first char
 * @param endInclusive offset of the last char (inclusive, as in the task files)
 */
public record RoleMention(String documentId, String entity, int start, int endInclusive) {}
