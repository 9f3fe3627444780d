/**
 * The process-wide immortal heap (DESIGN §5): built once before the first interpreter, then
 * sealed read-only with mprotect; the refcount encoding (negative means immortal); the registry
 * of static types. Its contents arrive with the object-model issue; this module exists now so
 * the module graph {@code native → memory → immortal → objects → interp → bench} is fixed.
 */
package dev.isola.immortal;
