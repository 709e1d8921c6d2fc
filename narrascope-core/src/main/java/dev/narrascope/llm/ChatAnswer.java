package dev.narrascope.llm;

/**
 * The text of one chat completion and what it cost.
 *
 * @param content          the assistant message's content
 * @param promptTokens     as the server reported them ({@code usage.prompt_tokens}), 0 when it did not
 * @param completionTokens as the server reported them, 0 when it did not
 */
record ChatAnswer(String content, long promptTokens, long completionTokens) {}
