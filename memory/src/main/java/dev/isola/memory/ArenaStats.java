package dev.isola.memory;

import java.util.List;

/**
 * The {@link ArenaAllocator}'s detailed statistics, the figures of CPython's
 * {@code sys._debugmallocstats()}.
 *
 * @param classes               one row per size class (all 32, empty ones included)
 * @param arenasAllocatedTotal  arenas mapped since creation
 * @param arenasReclaimed       arenas unmapped because they became empty
 * @param arenasHighWater       most arenas mapped at once
 * @param arenasCurrent         arenas mapped now
 * @param freePools             pools in mapped arenas that hold no class (free or never used)
 * @param bytesInAllocatedBlocks bytes of small blocks in use
 * @param bytesInAvailableBlocks bytes of free blocks in used pools
 * @param bytesInFreePools      bytes of free pools
 * @param bytesLostToPoolHeaders header bytes of used pools
 * @param bytesLostToQuantization tail bytes of used pools too small for another block
 * @param largeBlocks           requests above 512 bytes (or of 0) passed to the RAW allocator
 * @param largeBytes            bytes requested by those
 */
public record ArenaStats(List<SizeClassStats> classes, long arenasAllocatedTotal, long arenasReclaimed,
                         long arenasHighWater, long arenasCurrent, long freePools,
                         long bytesInAllocatedBlocks, long bytesInAvailableBlocks, long bytesInFreePools,
                         long bytesLostToPoolHeaders, long bytesLostToQuantization,
                         long largeBlocks, long largeBytes) {
    public ArenaStats {
        classes = List.copyOf(classes);
    }
}
