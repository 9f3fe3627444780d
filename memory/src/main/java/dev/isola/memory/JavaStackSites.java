package dev.isola.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Allocation sites taken from the Java stack: the first {@code depth} frames outside the
 * allocators, their wrappers and the site sources, interned to keys 1, 2, 3 … For profiling Java code that allocates off-heap memory
 * through Isola's allocators. A stack walk per allocation: a profiling tool, not a fast path.
 *
 * <p>Thread-safe.
 */
public final class JavaStackSites implements AllocationSites {
    private static final StackWalker WALKER =
            StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final int depth;
    private final Map<String, Long> keys = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    public JavaStackSites(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1: depth=" + depth);
        }
        this.depth = depth;
    }

    @Override
    public long currentSite() {
        String site = WALKER.walk(frames -> frames
                .filter(f -> !isAllocatorFrame(f.getDeclaringClass()))
                .limit(depth)
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
                .collect(Collectors.joining(" <- ")));
        synchronized (this) {
            Long key = keys.get(site);
            if (key == null) {
                names.add(site);
                key = (long) names.size();
                keys.put(site, key);
            }
            return key;
        }
    }

    private static boolean isAllocatorFrame(Class<?> c) {
        return Allocator.class.isAssignableFrom(c) || AllocationSites.class.isAssignableFrom(c)
                || c == DebugHooks.class || c == BlockTable.class;
    }

    @Override
    public synchronized String describe(long site) {
        return site >= 1 && site <= names.size() ? names.get((int) site - 1) : "<unknown>";
    }
}
