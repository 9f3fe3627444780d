package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves the tracing wrapper records size and site per live block, and current and peak bytes. */
class TracingAllocatorTest {
    /** A site source the test steers: the "current line" of a pretend program. */
    private static final class Lines implements AllocationSites {
        long line;

        @Override
        public long currentSite() {
            return line;
        }

        @Override
        public String describe(long site) {
            return "File \"x.py\", line " + site;
        }
    }

    @Test
    void tracesSizeAndSiteAndKeepsCurrentAndPeak() {
        Lines lines = new Lines();
        try (TracingAllocator t = new TracingAllocator(new ArenaAllocator(), lines)) {
            lines.line = 3;
            long a = t.allocate(100);
            long b = t.allocate(1000);
            lines.line = 7;
            long c = t.allocateZeroed(4, 50);
            assertEquals(1300, t.tracedBytes());
            assertEquals(1300, t.peakBytes());
            assertEquals(new TracingAllocator.Trace(c, 200, 7), t.traceOf(c));
            t.free(b);
            assertEquals(300, t.tracedBytes());
            assertEquals(1300, t.peakBytes());
            t.resetPeak();
            assertEquals(300, t.peakBytes());

            List<TracingAllocator.SiteTotal> sites = t.bySite();
            assertEquals(2, sites.size());
            assertEquals(new TracingAllocator.SiteTotal(7, "File \"x.py\", line 7", 1, 200), sites.get(0));
            assertEquals(new TracingAllocator.SiteTotal(3, "File \"x.py\", line 3", 1, 100), sites.get(1));
            assertTrue(t.report().contains("File \"x.py\", line 7"), t.report());

            lines.line = 9;
            long a2 = t.reallocate(a, 400);
            assertNull(a2 == a ? null : t.traceOf(a), "the old address is no longer traced");
            assertEquals(new TracingAllocator.Trace(a2, 400, 9), t.traceOf(a2), "resize takes the new size and site");
            assertEquals(600, t.tracedBytes());
            t.free(a2);
            t.free(c);
            assertEquals(0, t.tracedBytes());
            assertEquals(0, t.traces().size());
        }
    }

    @Test
    void stopForgetsTracesAndBlocksFromBeforeStartAreIgnored() {
        try (TracingAllocator t = new TracingAllocator(new LibcAllocator())) {
            long a = t.allocate(64);
            t.stop();
            assertEquals(0, t.tracedBytes());
            long b = t.allocate(32);
            assertNull(t.traceOf(b), "not traced while stopped");
            t.start();
            t.free(a);
            assertEquals(0, t.tracedBytes(), "freeing an untraced block changes nothing");
            long c = t.allocate(16);
            assertEquals(16, t.tracedBytes());
            t.free(b);
            t.free(c);
            assertEquals(0, t.stats().blocksInUse());
        }
    }

    @Test
    void javaStackSitesNameTheCallingMethod() {
        JavaStackSites sites = new JavaStackSites(1);
        try (TracingAllocator t = new TracingAllocator(new ArenaAllocator(), sites)) {
            long a = t.allocate(24);
            long b = t.allocate(24);
            TracingAllocator.Trace ta = t.traceOf(a);
            TracingAllocator.Trace tb = t.traceOf(b);
            assertTrue(ta.site() > 0);
            assertTrue(ta.site() != tb.site(), "two call lines, two sites");
            assertTrue(sites.describe(ta.site()).startsWith(
                    "dev.isola.memory.TracingAllocatorTest.javaStackSitesNameTheCallingMethod:"),
                    sites.describe(ta.site()));
        }
    }
}
