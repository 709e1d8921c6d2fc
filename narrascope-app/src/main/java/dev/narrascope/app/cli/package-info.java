/** The {@code narrascope} command line: one picocli class per command. */
package dev.narrascope.app.cli;
