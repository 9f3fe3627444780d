/**
 * Foreign-function bindings to the C libraries Isola uses, in jextract's shape: one class per
 * C header, one static method per function over a lazily created {@code MethodHandle} holder,
 * the C declaration in each method's Javadoc.
 *
 * <p>Pointers cross as {@code long} addresses (DESIGN §3): a {@code void *} argument or result
 * is a {@code long}, so no {@code MemorySegment} is allocated per call. Calls that are leaves
 * (they never call back into Java and return quickly) are linked with
 * {@code Linker.Option.critical(false)}.
 *
 * <ul>
 *   <li>{@link dev.isola.natives.Mman} — {@code <sys/mman.h>}: mmap, munmap, madvise, mprotect.
 *   <li>{@link dev.isola.natives.Stdlib} — {@code <stdlib.h>}: malloc, calloc, realloc, free.
 *   <li>{@link dev.isola.natives.Malloc} — {@code <malloc.h>}: malloc_usable_size.
 *   <li>{@link dev.isola.natives.Unistd} — {@code <unistd.h>}: sysconf, getpagesize.
 *   <li>{@link dev.isola.natives.Libm} — {@code <math.h>}: exp, log, cos, sin, acos, pow.
 *   <li>{@link dev.isola.natives.Errno} — {@code <errno.h>}/{@code <string.h>}: errno capture, strerror.
 *   <li>{@link dev.isola.natives.Mimalloc} — {@code <mimalloc.h>} 2.0.9, loaded only when present.
 * </ul>
 *
 * <p>This package holds bindings and nothing else: no policy, no state.
 */
package dev.isola.natives;
