/**
 * The public Java embedding API: an {@link dev.isola.embed.Isola} runtime makes
 * {@link dev.isola.embed.PyInterpreter}s that run Python code, convert values both ways and keep
 * unconverted objects as {@link dev.isola.embed.PyObject} handles; a JSR-223 engine sits on top.
 */
package dev.isola.embed;
