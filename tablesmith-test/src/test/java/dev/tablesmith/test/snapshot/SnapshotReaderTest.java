package dev.tablesmith.test.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {
    private static final Path EXAMPLES = Path.of("../examples");

    /** Every snapshot the processor committed in the examples reads, with what it says. */
    @Test
    void readsTheExamplesSnapshots() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            files = walk.filter(p -> p.getFileName().toString().equals(Snapshot.FILE_NAME))
                    .filter(p -> p.toString().contains("src/main/resources")).sorted().toList();
        }
        // every example's folder, at least shop, accounts and library's three (more examples come)
        assertTrue(files.size() >= 5, files.toString());
        for (Path f : files) {
            Snapshot s = SnapshotReader.read(Files.readString(f));
            assertTrue(!s.tables().isEmpty() && !s.migrations().isEmpty(), f.toString());
        }
        Snapshot shop = SnapshotReader.read(Files.readString(EXAMPLES.resolve("shop/src/main/resources/db/migration/" + Snapshot.FILE_NAME)));
        Snapshot.Table bookings = shop.table("bookings").orElseThrow();
        assertEquals(List.of(new Snapshot.ExclusionElement("room_id", "="),
                new Snapshot.ExclusionElement("tstzrange(starts_at, ends_at)", "&&")), bookings.exclusions().get(0).elements());
        Snapshot.Index summary = shop.table("orders").orElseThrow().indexes().stream()
                .filter(i -> i.name().equals("idx_orders_summary")).findFirst().orElseThrow();
        assertEquals(List.of("total", "status"), summary.include());
        assertEquals("btree", summary.using());
    }

    @Test
    void saysWhatIsWrong() {
        assertEquals("not a Tablesmith snapshot: not a JSON object",
                assertThrows(IllegalArgumentException.class, () -> SnapshotReader.read("[]")).getMessage());
        assertEquals("snapshot format 2 is not 1 (written by another Tablesmith version?)",
                assertThrows(IllegalArgumentException.class, () -> SnapshotReader.read("{\"format\": 2}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SnapshotReader.read("{\"format\": 1, \"schema\": {\"tables\": [{\"kind\": \"entity\"}]}}")).getMessage()
                .startsWith("not a Tablesmith snapshot: missing \"name\" in "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SnapshotReader.read("{")).getMessage()
                .startsWith("not a Tablesmith snapshot (invalid JSON): "));
    }
}
