package dev.isola.memory;

/**
 * Where allocations come from, as a {@code long} key the {@link TracingAllocator} records per
 * block: for Python code the interpreter supplies a key for the current traceback (tracemalloc),
 * for Java code {@link JavaStackSites} keys the calling Java frames.
 *
 * <p>Called on every traced allocation, under the tracing allocator's monitor.
 */
public interface AllocationSites {
    /** The key of the current allocation site. 0 means unknown. */
    long currentSite();

    /** A line a person can read for {@code site}, e.g. {@code File "x.py", line 3}. */
    String describe(long site);

    /** No site information: every block is recorded under site 0. */
    AllocationSites NONE = new AllocationSites() {
        @Override
        public long currentSite() {
            return 0;
        }

        @Override
        public String describe(long site) {
            return "<unknown>";
        }
    };
}
