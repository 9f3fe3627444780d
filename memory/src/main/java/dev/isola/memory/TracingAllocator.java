package dev.isola.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the size and allocation site of every live block: the core that {@code tracemalloc}
 * and the memory profiler build on (CPython's {@code _tracemalloc.c} keeps the same facts: a
 * trace per block, current and peak traced bytes).
 *
 * <pre>
 *   traces:  address → size        (LongLongMap)
 *   sites:   address → site key    (LongLongMap; the key comes from {@link AllocationSites})
 *   traced = Σ size over traces;   peak = max traced since start or {@link #resetPeak()}
 * </pre>
 *
 * <p>Semantics follow tracemalloc: only blocks allocated while tracing is on are traced; a block
 * allocated before {@link #start()} and freed later is ignored; a resize replaces the trace with
 * the new size and the current site; {@link #stop()} forgets every trace.
 *
 * <p>Thread-safe: one monitor guards the traces (and serialises calls into the wrapped
 * allocator). Cost per call: one or two hash-table updates plus the site lookup.
 */
public final class TracingAllocator implements Allocator {
    private final Allocator inner;
    private final AllocationSites sites;
    private final LongLongMap traces = new LongLongMap(256);
    private final LongLongMap siteOf = new LongLongMap(256);
    private boolean tracing = true;
    private long traced;
    private long peak;

    /** Traces every allocation through {@code inner}, starting now. */
    public TracingAllocator(Allocator inner, AllocationSites sites) {
        this.inner = inner;
        this.sites = sites;
    }

    public TracingAllocator(Allocator inner) {
        this(inner, AllocationSites.NONE);
    }

    @Override
    public String name() {
        return "tracing(" + inner.name() + ")";
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    /** Starts tracing (again). */
    public synchronized void start() {
        tracing = true;
    }

    /** Stops tracing and forgets every trace, as {@code tracemalloc.stop()}. */
    public synchronized void stop() {
        tracing = false;
        clearTraces();
    }

    public synchronized boolean isTracing() {
        return tracing;
    }

    /** Forgets every trace; traced and peak bytes go to zero ({@code tracemalloc.clear_traces()}). */
    public synchronized void clearTraces() {
        traces.clear();
        siteOf.clear();
        traced = 0;
        peak = 0;
    }

    /** Bytes in traced blocks now. */
    public synchronized long tracedBytes() {
        return traced;
    }

    /** Most bytes traced at once since start, {@link #clearTraces()} or {@link #resetPeak()}. */
    public synchronized long peakBytes() {
        return peak;
    }

    /** Sets the peak to the current traced bytes ({@code tracemalloc.reset_peak()}). */
    public synchronized void resetPeak() {
        peak = traced;
    }

    /** The trace of {@code addr}, or null when it is not traced. */
    public synchronized Trace traceOf(long addr) {
        long size = traces.get(addr, -1);
        return size < 0 ? null : new Trace(addr, size, siteOf.get(addr, 0));
    }

    /** One traced block. */
    public record Trace(long address, long size, long site) {}

    /** Totals for one allocation site. */
    public record SiteTotal(long site, String description, long blocks, long bytes) {}

    /** Every live trace. */
    public synchronized List<Trace> traces() {
        List<Trace> out = new ArrayList<>(traces.size());
        traces.forEach((addr, size) -> out.add(new Trace(addr, size, siteOf.get(addr, 0))));
        return out;
    }

    /** Traced blocks and bytes per site, largest first ({@code Snapshot.statistics('lineno')}). */
    public synchronized List<SiteTotal> bySite() {
        Map<Long, long[]> totals = new HashMap<>();
        traces.forEach((addr, size) -> {
            long[] t = totals.computeIfAbsent(siteOf.get(addr, 0), k -> new long[2]);
            t[0]++;
            t[1] += size;
        });
        List<SiteTotal> out = new ArrayList<>();
        totals.forEach((site, t) -> out.add(new SiteTotal(site, sites.describe(site), t[0], t[1])));
        out.sort(Comparator.comparingLong(SiteTotal::bytes).reversed().thenComparingLong(SiteTotal::site));
        return out;
    }

    private void record(long addr, long size) {
        if (tracing && addr != 0) {
            traces.put(addr, size);
            siteOf.put(addr, sites.currentSite());
            traced += size;
            if (traced > peak) {
                peak = traced;
            }
        }
    }

    private void forget(long addr) {
        long size = traces.remove(addr, -1);
        if (size >= 0) {
            siteOf.remove(addr, 0);
            traced -= size;
        }
    }

    @Override
    public synchronized long allocate(long size) {
        long addr = inner.allocate(size);
        record(addr, size);
        return addr;
    }

    @Override
    public synchronized long allocateZeroed(long count, long size) {
        long addr = inner.allocateZeroed(count, size);
        record(addr, count * size);
        return addr;
    }

    @Override
    public synchronized long reallocate(long addr, long newSize) {
        long moved = inner.reallocate(addr, newSize);
        if (moved != 0) {
            forget(addr);
            record(moved, newSize);
        }
        return moved;
    }

    @Override
    public synchronized void free(long addr) {
        inner.free(addr);
        forget(addr);
    }

    @Override
    public synchronized long usableSize(long addr) {
        return inner.usableSize(addr);
    }

    @Override
    public synchronized AllocatorStats stats() {
        AllocatorStats s = inner.stats();
        return new AllocatorStats(name(), s.blocksInUse(), s.bytesInUse(), s.bytesReserved());
    }

    @Override
    public synchronized String report() {
        StringBuilder out = new StringBuilder("tracing\n");
        out.append(StatsReport.line("# traced blocks", traces.size()));
        out.append(StatsReport.line("# traced bytes", traced));
        out.append(StatsReport.line("# peak traced bytes", peak));
        List<SiteTotal> top = bySite();
        if (!top.isEmpty()) {
            out.append("\ntop sites by bytes:\n");
            for (SiteTotal t : top.subList(0, Math.min(10, top.size()))) {
                out.append(String.format("%12d B %8d blocks  %s%n", t.bytes(), t.blocks(), t.description()));
            }
        }
        return out.append('\n').append(inner.report()).toString();
    }

    @Override
    public synchronized void close() {
        traces.clear();
        siteOf.clear();
        traced = 0;
        inner.close();
    }
}
