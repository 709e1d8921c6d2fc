/**
 * Optional labelling by a large language model behind any OpenAI-compatible chat-completions endpoint
 * (llama.cpp server, vLLM, Ollama, OpenAI): prompts built from the taxonomy, answers validated against it,
 * cached on disk, with the bundled models as the fallback for every article the model fails on.
 */
package dev.narrascope.llm;
