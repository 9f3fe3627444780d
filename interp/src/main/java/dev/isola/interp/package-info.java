/**
 * Runtime and interpreter state, the language pipeline, builtin modules, the embedding API and
 * the CLI (DESIGN §2, §6). Arrives with the language-core issue; the module exists now so the
 * module graph is fixed.
 */
package dev.isola.interp;
