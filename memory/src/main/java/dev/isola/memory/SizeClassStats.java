package dev.isola.memory;

/**
 * One size class of the {@link ArenaAllocator}, as a row of its report.
 *
 * @param index       size-class index, 0…31
 * @param size        block size in bytes, 16…512
 * @param pools       pools currently holding this class
 * @param blocksInUse allocated blocks of this class
 * @param blocksFree  blocks of this class's pools that are free (listed or not yet carved)
 */
public record SizeClassStats(int index, int size, long pools, long blocksInUse, long blocksFree) {}
