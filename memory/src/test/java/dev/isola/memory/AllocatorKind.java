package dev.isola.memory;

/**
 * The allocators every contract test runs against. {@link #open} skips (or, under
 * {@code -Disola.requireMimalloc=true}, fails) the mimalloc case when the library is absent.
 */
enum AllocatorKind {
    ARENA("arena") {
        @Override
        Opened open() {
            ArenaAllocator arena = new ArenaAllocator();
            return new Opened(arena, arena);
        }
    },
    LIBC("libc") {
        @Override
        Opened open() {
            return new Opened(new LibcAllocator(), null);
        }
    },
    MIMALLOC("mimalloc") {
        @Override
        Opened open() {
            MimallocSupport.assumeAvailable();
            return new Opened(new MimallocAllocator(), null);
        }
    },
    LOCKING_ARENA("locking(arena)") {
        @Override
        Opened open() {
            ArenaAllocator arena = new ArenaAllocator();
            return new Opened(new LockingAllocator(arena), arena);
        }
    };

    private final String label;

    AllocatorKind(String label) {
        this.label = label;
    }

    abstract Opened open();

    /** True when blocks of 1…512 bytes come from an {@link ArenaAllocator}'s size classes. */
    boolean hasSizeClasses() {
        return this == ARENA || this == LOCKING_ARENA;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * An allocator under test and, when it is or wraps one, its {@link ArenaAllocator} (for
     * {@code checkInvariants}, {@code owns}, {@code arenaStats}).
     */
    record Opened(Allocator allocator, ArenaAllocator arena) implements AutoCloseable {
        void checkInvariants() {
            if (arena != null) {
                arena.checkInvariants();
            }
        }

        @Override
        public void close() {
            allocator.close();
        }
    }
}
