/**
 * The entry point: the only code that sees {@code RoundEnvironment}.
 */
package dev.tablesmith.processor;
