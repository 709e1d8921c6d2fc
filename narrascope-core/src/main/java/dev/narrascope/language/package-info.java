/**
 * Language detection of clean article text: {@link dev.narrascope.language.LanguageStage}, Lingua
 * restricted to the project's languages, one shared detector loaded on first use.
 */
package dev.narrascope.language;
