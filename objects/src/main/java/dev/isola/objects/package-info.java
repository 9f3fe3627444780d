/**
 * Object header, type objects and the builtin types (DESIGN §4). Arrives with the object-model
 * issue; the module exists now so the module graph is fixed.
 */
package dev.isola.objects;
