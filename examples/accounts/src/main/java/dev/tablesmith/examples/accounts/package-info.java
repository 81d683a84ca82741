/**
 * User accounts whose schema evolved the way the database handbook's "Safe Migration Rules" ask:
 * created; then the handbook's {@code user_preferences} table and {@code users.phone} column added;
 * then a column deprecated; then dropped. The history in {@code src/main/resources/db/migration} is
 * real: the tests recompile each earlier state of these entities (kept under
 * {@code src/test/resources/history}) and must get the committed files byte for byte.
 */
package dev.tablesmith.examples.accounts;
