/** Main-content extraction from HTML and boilerplate removal from scraped text. */
package dev.narrascope.clean;
