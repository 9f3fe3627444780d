package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arena allocator's {@link ArenaAllocator#report()} reads like CPython's
 * {@code sys._debugmallocstats()} and its figures add up: a row per class in use with its pool,
 * block and free counts, and a Total equal to the mapped arenas' bytes.
 */
class ArenaAllocatorReportTest {
    /** The number after {@code =} on the line starting with {@code label}. */
    private static long figure(String report, String label) {
        for (String line : report.lines().toList()) {
            if (line.startsWith(label)) {
                return Long.parseLong(line.substring(line.indexOf('=') + 1).trim().replace(",", ""));
            }
        }
        return fail("no line " + label + " in\n" + report);
    }

    /** The row of size class {@code index}, as numbers, or null when there is none. */
    private static long[] row(String report, int index) {
        for (String line : report.lines().toList()) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length == 5 && cells[0].equals(Integer.toString(index))) {
                long[] row = new long[5];
                for (int i = 0; i < 5; i++) {
                    row[i] = Long.parseLong(cells[i]);
                }
                return row;
            }
        }
        return null;
    }

    @Test
    void reportRowsAndTotalsMatchTheHeap() {
        try (ArenaAllocator a = new ArenaAllocator()) {
            for (int i = 0; i < 100; i++) {
                a.allocate(48);
            }
            for (int i = 0; i < 5000; i++) {
                a.allocate(256);
            }
            a.allocate(1000);
            a.allocate(2000);
            a.allocate(0);

            String report = a.report();
            assertTrue(report.contains("Small block threshold = 512, in 32 size classes."), report);
            // class 2 (48 B): one pool of 340 blocks, 100 used
            assertEquals(List.of(2L, 48L, 1L, 100L, 240L), asList(row(report, 2)), report);
            // class 15 (256 B): 5000 blocks in ceil(5000 / 63) = 80 pools of 63
            assertEquals(List.of(15L, 256L, 80L, 5000L, 80L * 63 - 5000), asList(row(report, 15)), report);
            assertEquals(null, row(report, 3), "no row for an unused class\n" + report);

            ArenaStats s = a.arenaStats();
            assertEquals(2, s.arenasCurrent(), "81 pools need two arenas");
            assertEquals(2, figure(report, "# arenas allocated current"));
            assertEquals(2, figure(report, "# arenas allocated total"));
            assertEquals(0, figure(report, "# arenas reclaimed"));
            assertEquals(s.arenasCurrent() * 1_048_576, figure(report, "Total"), report);
            assertEquals(100 * 48 + 5000 * 256, figure(report, "# bytes in allocated blocks"));
            assertEquals(81 * 48, figure(report, "# bytes lost to pool headers"));
            assertEquals(64 * 2 - 81, figure(report, s.freePools() + " unused pools") / 16384);
            assertEquals(3, figure(report, "# large blocks passed to RAW"));
            assertEquals(3000, figure(report, "# bytes requested in those"));
            assertEquals(5103, figure(report, "# blocks in use (small + large)"));
        }
    }

    @Test
    void totalFollowsArenasAsTheyComeAndGo() {
        try (ArenaAllocator a = new ArenaAllocator()) {
            long[] blocks = new long[20_000];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = a.allocate(1 + i % 512);
            }
            String full = a.report();
            long arenas = a.arenaStats().arenasCurrent();
            assertTrue(arenas > 3, "arenas=" + arenas);
            assertEquals(arenas * 1_048_576, figure(full, "Total"), full);
            for (long b : blocks) {
                a.free(b);
            }
            String empty = a.report();
            assertEquals(1_048_576, figure(empty, "Total"), empty);
            assertEquals(arenas - 1, figure(empty, "# arenas reclaimed"));
            assertEquals(0, figure(empty, "# bytes in allocated blocks"));
        }
    }

    private static List<Long> asList(long[] row) {
        return row == null ? null : java.util.Arrays.stream(row).boxed().toList();
    }
}
