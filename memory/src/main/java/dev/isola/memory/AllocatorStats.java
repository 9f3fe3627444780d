package dev.isola.memory;

/**
 * A snapshot of an allocator's use.
 *
 * @param allocator     the allocator's {@link Allocator#name()}
 * @param blocksInUse   live blocks
 * @param bytesInUse    bytes in live blocks (usable size, so size-class rounding is included)
 * @param bytesReserved bytes obtained from the layer below (OS pages, malloc, mimalloc) and not
 *                      yet returned; zero after close
 */
public record AllocatorStats(String allocator, long blocksInUse, long bytesInUse, long bytesReserved) {
    public static AllocatorStats empty(String allocator) {
        return new AllocatorStats(allocator, 0, 0, 0);
    }

    @Override
    public String toString() {
        return allocator + ": blocks=" + blocksInUse + " bytes=" + bytesInUse + " reserved=" + bytesReserved;
    }
}
