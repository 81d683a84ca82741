/**
 * A shop modelled on the database handbook's examples: users and their preferences, products with
 * tags and metadata, orders and their items, inventory, articles with full-text search, and room
 * bookings that must not overlap. Tablesmith turns these entities into
 * {@code src/main/resources/db/migration}.
 */
package dev.tablesmith.examples.shop;
