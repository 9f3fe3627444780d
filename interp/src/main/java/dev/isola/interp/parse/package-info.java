/**
 * The front of the language pipeline (DESIGN §6): source → tokens ({@link
 * dev.isola.interp.parse.Tokenizer}) → AST → bytecode. Lexical and syntax errors surface as
 * {@link dev.isola.interp.parse.PySyntaxError}, which the runtime turns into a Python
 * {@code SyntaxError} and which formats CPython's caret display itself.
 */
package dev.isola.interp.parse;
