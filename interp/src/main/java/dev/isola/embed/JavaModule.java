package dev.isola.embed;

import dev.isola.interp.modules.ModuleDef;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A Python module written in Java: functions, constants and per-interpreter state, importable by
 * name in every interpreter of the {@link Isola} it is given to (CPython's extension modules
 * with multi-phase init, and {@code PyImport_AppendInittab}).
 *
 * <pre>{@code
 * JavaModule counter = JavaModule.builder("counter")
 *         .constant("STEP", 1)
 *         .state(java.util.concurrent.atomic.AtomicLong::new)      // one per interpreter
 *         .function("bump", call -> call.<AtomicLong>state().addAndGet((Long) call.arg(0)))
 *         .build();
 * try (Isola isola = Isola.builder().module(counter).build(); PyInterpreter py = isola.newInterpreter()) {
 *     py.exec("import counter; counter.bump(5)");
 * }
 * }</pre>
 *
 * <p>Arguments arrive converted as {@link PyInterpreter#eval} converts results (None→null,
 * int→Long or BigInteger, str→String, list→List …; other objects as {@link PyObject} handles in
 * interpreters made by the embedding API). The function's result is converted back the same
 * way. A Java exception becomes a Python one: {@link PythonException} keeps its Python type
 * when that is a builtin exception; {@link IllegalArgumentException} → {@code ValueError},
 * {@link ClassCastException} → {@code TypeError}, {@link IndexOutOfBoundsException} →
 * {@code IndexError}, {@link ArithmeticException} → {@code ZeroDivisionError},
 * {@link UnsupportedOperationException} → {@code NotImplementedError}, anything else →
 * {@code RuntimeError} naming the Java class.
 *
 * <p>The state (if any) is made when an interpreter imports the module and closed, when it is
 * {@link AutoCloseable}, when that interpreter closes. A function runs holding its
 * interpreter's lock, so state used by one interpreter needs no locking of its own.
 *
 * <p>The module declares whether it supports several interpreters ({@link #builder}'s default:
 * with their own locks too); an interpreter that checks its modules refuses to import one that
 * does not, with {@code ImportError}, as CPython does.
 */
public final class JavaModule {
    /** A module function: takes the call, returns a Java value to convert (null for None). */
    @FunctionalInterface
    public interface Function {
        Object call(Call call) throws Exception;
    }

    /** One call of a module function. */
    public interface Call {
        /** Positional arguments, converted. */
        List<Object> args();

        /** Positional argument {@code index}; IndexError in Python when missing. */
        Object arg(int index);

        /** Keyword arguments, converted, in the order given. */
        Map<String, Object> kwargs();

        /** This interpreter's state of the module, as {@link Builder#state} made it (null without one). */
        <S> S state();

        /** The id of the interpreter calling. */
        long interpreterId();
    }

    private final String name;
    private final ModuleDef def;

    private JavaModule(String name, ModuleDef def) {
        this.name = name;
        this.def = def;
    }

    /** A builder for the module importable as {@code name} (a top-level name: no dots). */
    public static Builder builder(String name) {
        if (name == null || name.isEmpty() || name.contains(".") || !Character.isJavaIdentifierStart(name.charAt(0))) {
            throw new IllegalArgumentException("module name must be a top-level identifier, got " + name);
        }
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    ModuleDef def() {
        return def;
    }

    /** Collects a module's parts. Not thread-safe; the module it builds is immutable. */
    public static final class Builder {
        private final String name;
        private String doc;
        private final Map<String, Object> constants = new LinkedHashMap<>();
        private final Map<String, Function> functions = new LinkedHashMap<>();
        private Supplier<?> state;
        private ModuleDef.MultiInterp support = ModuleDef.MultiInterp.PER_INTERPRETER_LOCK;

        private Builder(String name) {
            this.name = name;
        }

        /** The module's {@code __doc__}. */
        public Builder doc(String doc) {
            this.doc = doc;
            return this;
        }

        /** A module attribute with the Python form of {@code value} (made again in each interpreter). */
        public Builder constant(String attr, Object value) {
            requireFree(attr);
            constants.put(attr, value);
            return this;
        }

        public Builder function(String attr, Function f) {
            requireFree(attr);
            functions.put(attr, java.util.Objects.requireNonNull(f));
            return this;
        }

        /** Makes each interpreter's state of the module when it imports it. */
        public Builder state(Supplier<?> perInterpreter) {
            this.state = java.util.Objects.requireNonNull(perInterpreter);
            return this;
        }

        /**
         * What the module declares about several interpreters (CPython's
         * {@code Py_mod_multiple_interpreters}); default {@code PER_INTERPRETER_LOCK}.
         */
        public Builder multipleInterpreters(ModuleDef.MultiInterp support) {
            this.support = java.util.Objects.requireNonNull(support);
            return this;
        }

        private void requireFree(String attr) {
            if (constants.containsKey(attr) || functions.containsKey(attr)) {
                throw new IllegalArgumentException("module " + name + " already has an attribute " + attr);
            }
        }

        public JavaModule build() {
            List<MethodDef> defs = new ArrayList<>();
            functions.forEach((attr, f) -> defs.add(new MethodDef(attr,
                    (s, module, args, kwargs) -> invoke(name + "." + attr, f, s, module, args, kwargs))));
            Map<String, Object> consts = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
            String docText = doc;
            Supplier<?> stateMaker = state;
            ModuleDef.Init init = (interp, module, dict) -> {
                ObjectState s = interp.objects();
                PyInterpreter owner = owner(interp);
                if (docText != null) {
                    long d = StrType.fromJava(s, docText);
                    try {
                        DictType.setItemString(s, dict, "__doc__", d);
                    } finally {
                        Objects.decref(s, d);
                    }
                }
                consts.forEach((attr, value) -> {
                    long v = Conversions.toPython(owner, s, value);
                    try {
                        DictType.setItemString(s, dict, attr, v);
                    } finally {
                        Objects.decref(s, v);
                    }
                });
                if (stateMaker != null) {
                    interp.setModuleState(module, stateMaker.get());
                }
            };
            return new JavaModule(name, new ModuleDef(name, List.copyOf(defs), List.of(), init, support));
        }
    }

    private static PyInterpreter owner(InterpreterState interp) {
        return interp.embedder() instanceof PyInterpreter p ? p : null;
    }

    private static long invoke(String qualname, Function f, ObjectState s, long module, long args, long kwargs) {
        InterpreterState interp = InterpreterState.of(s);
        PyInterpreter owner = owner(interp);
        List<Object> positional = new ArrayList<>();
        for (long i = 0; i < TupleType.size(args); i++) {
            positional.add(Conversions.toJava(owner, s, TupleType.getItem(args, i)));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        if (kwargs != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                named.put(StrType.toJava(cursor[1]), Conversions.toJava(owner, s, cursor[2]));
            }
        }
        Object state = interp.moduleState(module);
        Call call = new Call() {
            @Override
            public List<Object> args() {
                return Collections.unmodifiableList(positional);
            }

            @Override
            public Object arg(int index) {
                if (index < 0 || index >= positional.size()) {
                    throw Errors.typeError(s, qualname + "() missing required argument " + (index + 1)
                            + " (" + positional.size() + " given)");
                }
                return positional.get(index);
            }

            @Override
            public Map<String, Object> kwargs() {
                return Collections.unmodifiableMap(named);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S> S state() {
                return (S) state;
            }

            @Override
            public long interpreterId() {
                return interp.id();
            }
        };
        Object result;
        try {
            result = f.call(call);
        } catch (PyException e) {
            throw e;
        } catch (Exception e) {
            throw toPython(s, qualname, e);
        } catch (OutOfMemoryError e) {
            throw Errors.raise(s, BuiltinType.MEMORY_ERROR, qualname + "(): " + e.getMessage());
        }
        try {
            return Conversions.toPython(owner, s, result);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw Errors.typeError(s, qualname + "() returned a value Python cannot take: " + e.getMessage());
        }
    }

    private static PyException toPython(ObjectState s, String qualname, Exception e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return switch (e) {
            case PythonException p -> {
                long type = DictType.getItemString(s, InterpreterState.of(s).builtinsDict(), p.pythonType());
                boolean builtinException = type != 0 && Objects.isInstance(type, s.space().type(BuiltinType.TYPE))
                        && Objects.isSubtype(type, s.space().type(BuiltinType.BASE_EXCEPTION));
                yield builtinException ? Errors.raise(s, type, p.pythonMessage())
                        : Errors.raise(s, BuiltinType.RUNTIME_ERROR, p.getMessage());
            }
            case IllegalArgumentException x -> Errors.raise(s, BuiltinType.VALUE_ERROR, msg);
            case ClassCastException x -> Errors.raise(s, BuiltinType.TYPE_ERROR, msg);
            case IndexOutOfBoundsException x -> Errors.raise(s, BuiltinType.INDEX_ERROR, msg);
            case ArithmeticException x -> Errors.raise(s, BuiltinType.ZERO_DIVISION_ERROR, msg);
            case UnsupportedOperationException x -> Errors.raise(s, BuiltinType.NOT_IMPLEMENTED_ERROR, msg);
            default -> Errors.raise(s, BuiltinType.RUNTIME_ERROR,
                    qualname + "() raised " + e.getClass().getName() + (msg.isEmpty() ? "" : ": " + msg));
        };
    }
}
