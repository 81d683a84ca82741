/**
 * Findings to compiler diagnostics: severity from the configuration, {@code @Allow} suppression,
 * and the most precise position javac can show (element, annotation, value).
 */
package dev.tablesmith.diagnostics;
