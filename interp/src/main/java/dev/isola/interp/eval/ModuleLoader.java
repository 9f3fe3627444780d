package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.interp.compile.Compiler;
import dev.isola.interp.compile.SyntaxWarnings;
import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Finding and loading one absolute module name (CPython's {@code _find_and_load}): parents
 * first, then the builtin (Java) modules, then the path finder over {@code sys.path} or the
 * parent's {@code __path__}; a source module is compiled once, put in {@code sys.modules} before
 * its code runs (so a circular import sees it partially initialised) and taken out again if its
 * code raises. A loaded submodule becomes an attribute of its parent.
 *
 * <p>Lookups always use the interpreter's own {@code sys.modules} dict, so rebinding
 * {@code sys.modules} does not change what imports see (as in CPython); {@code sys.path} is
 * read afresh on every lookup, so mutating or rebinding it does.
 */
public final class ModuleLoader {
    private ModuleLoader() {
    }

    /**
     * The module {@code name} from {@code sys.modules}, loading it if absent (a new reference).
     * With {@code quiet}, a module that is nowhere to be found gives 0 instead of
     * ModuleNotFoundError (its parents must still exist).
     */
    public static long importAbsolute(InterpreterState interp, String name, boolean quiet) {
        ObjectState s = interp.objects();
        long m = interp.findModule(name);
        if (m == s.space().none()) {
            throw Errors.raise(s, BuiltinType.MODULE_NOT_FOUND_ERROR,
                    "import of " + name + " halted; None in sys.modules");
        }
        if (m != 0) {
            return Objects.newRef(m);
        }
        return findAndLoad(interp, name, quiet);
    }

    private static long findAndLoad(InterpreterState interp, String name, boolean quiet) {
        ObjectState s = interp.objects();
        int dot = name.lastIndexOf('.');
        long path = 0;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            if (interp.findModule(parent) == 0) {
                Objects.decref(s, importAbsolute(interp, parent, false));
            }
            long already = interp.findModule(name);
            if (already != 0) {
                return Objects.newRef(already);
            }
            path = parentPath(interp, name, parent);
        }
        try {
            ModuleFinder.Spec spec = null;
            if (dot < 0) {
                int index = interp.runtime().moduleIndex(name);
                if (index >= 0) {
                    return Objects.newRef(interp.createModule(index));
                }
                path = Objects.newRef(sysPath(interp));
            }
            spec = ModuleFinder.find(interp, name, path);
            if (spec == null) {
                if (quiet) {
                    return 0;
                }
                throw Imports.importError(s, BuiltinType.MODULE_NOT_FOUND_ERROR, "No module named " + quote(name), name);
            }
            long module = load(interp, spec);
            if (dot >= 0) {
                long parentModule = interp.findModule(name.substring(0, dot));
                if (parentModule != 0) {
                    setAttr(s, parentModule, name.substring(dot + 1), module);
                }
            }
            return module;
        } finally {
            Objects.xdecref(s, path);
        }
    }

    /** Why {@code -m} cannot run a module: runpy's {@code _Error}, shown as a message, not a traceback. */
    public static final class NotRunnable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotRunnable(String message) {
            super(message);
        }
    }

    /**
     * Where module {@code name} would be loaded from, for {@code -m} (runpy's
     * {@code _get_module_details}): its parents are imported first; null if it is nowhere.
     * A missing parent, or one that is no package, is reported as CPython's runpy does.
     */
    public static ModuleFinder.Spec findSpec(InterpreterState interp, String name) {
        ObjectState s = interp.objects();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return ModuleFinder.find(interp, name, sysPath(interp));
        }
        String parent = name.substring(0, dot);
        long parentModule;
        try {
            parentModule = importAbsolute(interp, parent, false);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.MODULE_NOT_FOUND_ERROR))) {
                throw e;
            }
            long exc = e.take();
            try {
                throw new NotRunnable("Error while finding module specification for " + quote(name)
                        + " (ModuleNotFoundError: " + Abstract.strJava(s, exc) + ")");
            } finally {
                Objects.decref(s, exc);
            }
        }
        try {
            long path = Imports.attrOrZero(s, parentModule, "__path__");
            if (path == 0) {
                throw new NotRunnable("Error while finding module specification for " + quote(name)
                        + " (ModuleNotFoundError: __path__ attribute not found on " + quote(parent)
                        + " while trying to find " + quote(name) + ")");
            }
            try {
                return ModuleFinder.find(interp, name, path);
            } finally {
                Objects.decref(s, path);
            }
        } finally {
            Objects.decref(s, parentModule);
        }
    }

    /** The parent package's {@code __path__} (a new reference), or ModuleNotFoundError. */
    private static long parentPath(InterpreterState interp, String name, String parent) {
        ObjectState s = interp.objects();
        long parentModule = interp.findModule(parent);
        if (parentModule == 0) {
            long key = StrType.fromJava(s, parent);
            try {
                throw Errors.keyError(s, key);
            } finally {
                Objects.decref(s, key);
            }
        }
        try {
            return Abstract.getAttr(s, parentModule, "__path__");
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            throw Errors.raise(s, BuiltinType.MODULE_NOT_FOUND_ERROR,
                    "No module named " + quote(name) + "; " + quote(parent) + " is not a package");
        }
    }

    /** {@code sys.path} (borrowed), or 0 if it is gone. */
    public static long sysPath(InterpreterState interp) {
        long dict = Memory.getLong(interp.sys() + CodeLayouts.MODULE_DICT_OFFSET);
        return DictType.getItemString(interp.objects(), dict, "path");
    }

    /**
     * Makes the module of {@code spec}, registers it in {@code sys.modules} and runs its code;
     * returns what {@code sys.modules} holds under its name afterwards (a new reference: a
     * module may replace itself there).
     */
    static long load(InterpreterState interp, ModuleFinder.Spec spec) {
        ObjectState s = interp.objects();
        long module = newModule(interp, spec);
        try {
            long key = StrType.fromJava(s, spec.name());
            try {
                DictType.setItem(s, interp.modules(), key, module);
                if (spec.origin() != null) {
                    interp.setInitializing(module, true);
                    try {
                        exec(interp, spec, Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET));
                    } catch (RuntimeException e) {
                        if (DictType.getItem(s, interp.modules(), key) != 0) {
                            DictType.delItem(s, interp.modules(), key);
                        }
                        throw e;
                    } finally {
                        interp.setInitializing(module, false);
                    }
                }
                long m = DictType.getItem(s, interp.modules(), key);
                if (m == 0) {
                    throw Errors.keyError(s, key);
                }
                return Objects.newRef(m);
            } finally {
                Objects.decref(s, key);
            }
        } finally {
            Objects.decref(s, module);
        }
    }

    /** A new module with the import attributes of {@code spec} (CPython's {@code _init_module_attrs}). */
    private static long newModule(InterpreterState interp, ModuleFinder.Spec spec) {
        ObjectState s = interp.objects();
        long module = interp.newModule(spec.name(), false);
        long dict = Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET);
        put(s, dict, "__package__", StrType.fromJava(s, spec.parent()));
        if (spec.isPackage()) {
            long list = ListType.newList(s);
            for (String location : spec.searchLocations()) {
                put(s, list, null, StrType.fromJava(s, location));
            }
            put(s, dict, "__path__", list);
        }
        put(s, dict, "__file__", spec.origin() == null ? Objects.newRef(s.space().none())
                : StrType.fromJava(s, spec.origin()));
        DictType.setItemString(s, dict, "__builtins__", interp.builtins());
        return module;
    }

    /**
     * Compiles the source of {@code spec} and runs it in {@code dict} (also {@code reload} and
     * {@code -m}); its lines are registered for tracebacks and its SyntaxWarnings printed.
     */
    public static void exec(InterpreterState interp, ModuleFinder.Spec spec, long dict) {
        ObjectState s = interp.objects();
        String source;
        try {
            source = spec.source();
        } catch (UncheckedIOException e) {
            throw Errors.raise(s, BuiltinType.IMPORT_ERROR, "cannot read " + spec.origin() + ": " + e.getMessage());
        }
        long codeObject = compile(interp, source, spec.origin());
        try {
            Objects.decref(s, Frames.runModule(interp, codeObject, dict));
        } finally {
            Objects.decref(s, codeObject);
        }
    }

    /** Compiles module source into a code object (a new reference); a syntax error raises SyntaxError. */
    public static long compile(InterpreterState interp, String source, String filename) {
        interp.registerSource(filename, source);
        Code code;
        try {
            Ast.Module tree = Parser.parse(source, filename);
            code = Compiler.compileModule(tree, filename, source);
            printWarnings(interp, filename, SyntaxWarnings.check(tree));
        } catch (PySyntaxError e) {
            BuiltinType type = switch (e.pythonType()) {
                case "IndentationError" -> BuiltinType.INDENTATION_ERROR;
                case "TabError" -> BuiltinType.TAB_ERROR;
                default -> BuiltinType.SYNTAX_ERROR;
            };
            throw syntaxError(interp.objects(), type, e, filename, source);
        }
        return CodeLoader.load(interp, code);
    }

    /**
     * A SyntaxError for a module that failed to compile: {@code str()} gives
     * {@code msg (file.py, line N)} and its attributes the location that tracebacks show.
     */
    private static PyException syntaxError(ObjectState s, BuiltinType type, PySyntaxError e, String filename,
            String source) {
        String file = filename.substring(filename.lastIndexOf('/') + 1);
        PyException raised = Errors.raise(s, type, e.msg() + " (" + file + ", line " + e.lineno() + ")");
        long exc = raised.exception();
        put(s, exc, "msg", StrType.fromJava(s, e.msg()));
        put(s, exc, "filename", StrType.fromJava(s, filename));
        put(s, exc, "lineno", IntType.fromLong(s, e.lineno()));
        put(s, exc, "offset", IntType.fromLong(s, e.offset()));
        // CPython's text keeps the line's newline, when the source has one.
        List<String> lines = source.lines().toList();
        boolean newline = e.lineno() < lines.size() || source.endsWith("\n");
        put(s, exc, "text", e.text() == null ? Objects.newRef(s.space().none())
                : StrType.fromJava(s, e.text() + (newline ? "\n" : "")));
        put(s, exc, "end_lineno", IntType.fromLong(s, e.endLineno()));
        put(s, exc, "end_offset", IntType.fromLong(s, e.endOffset()));
        return raised;
    }

    /**
     * Compile-time warnings as the {@code warnings} module shows them:
     * {@code file:line: SyntaxWarning: message} and the source line.
     */
    public static void printWarnings(InterpreterState interp, String filename, List<SyntaxWarnings.Warning> warnings) {
        for (SyntaxWarnings.Warning w : warnings) {
            interp.err().print(filename + ":" + w.lineno() + ": SyntaxWarning: " + w.message() + "\n");
            String line = interp.sourceLine(filename, w.lineno());
            if (line != null && !line.isBlank()) {
                interp.err().print("  " + line.strip() + "\n");
            }
        }
        interp.err().flush();
    }

    /** {@code setattr(obj, name, value)}. */
    static void setAttr(ObjectState s, long obj, String name, long value) {
        long key = s.intern(name);
        try {
            var set = s.slotsOf(obj).setAttr;
            if (set == null) {
                throw Errors.attributeError(s, obj, name);
            }
            set.apply(s, obj, key, value);
        } finally {
            Objects.decref(s, key);
        }
    }

    /** A Python repr of a Java string (the quoting CPython's {@code %R} gives a module name). */
    static String quote(String text) {
        return text.contains("'") && !text.contains("\"") ? "\"" + text + "\"" : "'" + text.replace("'", "\\'") + "'";
    }

    /**
     * {@code dict[key] = value}, or {@code list.append(value)} when key is null, or an exception's
     * attribute; consumes value.
     */
    private static void put(ObjectState s, long target, String key, long value) {
        try {
            if (key == null) {
                ListType.append(s, target, value);
            } else if (!DictType.check(target)) {
                ExceptionTypes.setAttribute(s, target, key, value);
            } else {
                DictType.setItemString(s, target, key, value);
            }
        } finally {
            Objects.decref(s, value);
        }
    }
}
