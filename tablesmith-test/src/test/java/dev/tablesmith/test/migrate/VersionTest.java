package dev.tablesmith.test.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void flywaysOrder() {
        List<String> versions = new ArrayList<>(List.of("20261215090000", "20261208090000.1", "2", "20261208090000", "1.10", "1.2"));
        List<Version> sorted = versions.stream().map(Version::of).sorted().toList();
        assertEquals(List.of("1.2", "1.10", "2", "20261208090000", "20261208090000.1", "20261215090000"),
                sorted.stream().map(Version::toString).toList());
        assertEquals(Version.of("1.1"), Version.of("1_1"));
        assertEquals(Version.of("2"), Version.of("2.0"));
        assertThrows(IllegalArgumentException.class, () -> Version.of("1.a"));
    }
}
