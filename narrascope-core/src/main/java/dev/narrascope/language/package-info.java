/** Language detection of clean article text. */
package dev.narrascope.language;
