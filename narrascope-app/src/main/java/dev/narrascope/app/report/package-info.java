/** Rendering analysed articles as table, JSON, JSON Lines, CSV, Markdown or HTML reports. */
package dev.narrascope.app.report;
