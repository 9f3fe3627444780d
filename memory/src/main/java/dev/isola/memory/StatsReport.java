package dev.isola.memory;

import java.util.Locale;

/** Text reports in the shape of CPython's {@code sys._debugmallocstats()}. Stateless. */
final class StatsReport {
    private StatsReport() {}

    /** {@code "# arenas allocated total           =                    5"} */
    static String line(String label, long value) {
        return String.format(Locale.ROOT, "%-35s= %21s%n", label, String.format(Locale.ROOT, "%,d", value));
    }

    static String arena(ArenaStats s, AllocatorStats total) {
        StringBuilder out = new StringBuilder();
        out.append("Small block threshold = ").append(PoolLayout.SMALL_REQUEST_THRESHOLD)
                .append(", in ").append(PoolLayout.SIZE_CLASSES).append(" size classes.\n\n");
        out.append("class   size   num pools   blocks in use  avail blocks\n");
        out.append("-----   ----   ---------   -------------  ------------\n");
        for (SizeClassStats c : s.classes()) {
            if (c.pools() > 0) {
                out.append(String.format(Locale.ROOT, "%5d %6d %11d %15d %13d%n",
                        c.index(), c.size(), c.pools(), c.blocksInUse(), c.blocksFree()));
            }
        }
        out.append('\n');
        out.append(line("# arenas allocated total", s.arenasAllocatedTotal()));
        out.append(line("# arenas reclaimed", s.arenasReclaimed()));
        out.append(line("# arenas highwater mark", s.arenasHighWater()));
        out.append(line("# arenas allocated current", s.arenasCurrent()));
        out.append(line(s.arenasCurrent() + " arenas * " + PoolLayout.ARENA_SIZE + " bytes/arena",
                s.arenasCurrent() * PoolLayout.ARENA_SIZE));
        out.append('\n');
        out.append(line("# bytes in allocated blocks", s.bytesInAllocatedBlocks()));
        out.append(line("# bytes in available blocks", s.bytesInAvailableBlocks()));
        out.append(line(s.freePools() + " unused pools * " + PoolLayout.POOL_SIZE + " bytes", s.bytesInFreePools()));
        out.append(line("# bytes lost to pool headers", s.bytesLostToPoolHeaders()));
        out.append(line("# bytes lost to quantization", s.bytesLostToQuantization()));
        out.append(line("# bytes lost to arena alignment", 0));
        out.append(line("Total", s.bytesInAllocatedBlocks() + s.bytesInAvailableBlocks() + s.bytesInFreePools()
                + s.bytesLostToPoolHeaders() + s.bytesLostToQuantization()));
        out.append('\n');
        out.append(line("# large blocks passed to RAW", s.largeBlocks()));
        out.append(line("# bytes requested in those", s.largeBytes()));
        out.append(line("# blocks in use (small + large)", total.blocksInUse()));
        return out.toString();
    }

    static String simple(AllocatorStats s, long requestedBytes, String extra) {
        StringBuilder out = new StringBuilder();
        out.append(s.allocator()).append(" allocator\n\n");
        out.append(line("# blocks in use", s.blocksInUse()));
        out.append(line("# bytes requested in them", requestedBytes));
        out.append(line("# usable bytes in them", s.bytesInUse()));
        out.append(line("# bytes reserved from below", s.bytesReserved()));
        if (!extra.isEmpty()) {
            out.append('\n').append(extra);
            if (!extra.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
