package dev.tablesmith.migration;

/**
 * One Flyway migration version: the up file, the down file, and whether Flyway may run it in a
 * transaction (a non-transactional one gets a {@code .sql.conf} saying so).
 *
 * @param version Flyway version, e.g. {@code 20261125120000} or {@code 20261125120000.1}
 * @param name description part of the file names
 */
public record Script(String version, String name, String up, String down, boolean transactional) {
    public String upFile() {
        return "V" + version + "__" + name + ".sql";
    }

    public String downFile() {
        return "U" + version + "__" + name + ".sql";
    }

    /** Flyway's per-script configuration, present only for non-transactional scripts. */
    public String confFile() {
        return upFile() + ".conf";
    }

    public static final String NON_TRANSACTIONAL_CONF = "executeInTransaction=false\n";
}
