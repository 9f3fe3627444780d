package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import java.util.List;

/**
 * The read-only {@code co_*} attributes of a code object, read from its {@link Code}: the
 * names ({@code co_name co_qualname co_filename}), the first line, the argument counts and the
 * variable-name tuples, and {@code co_flags} (CPython's CO_* bits, which inspect reads). Not
 * there: {@code co_code}, {@code co_consts}, {@code co_names} and the line tables, whose
 * contents are Isola's own and would not match CPython's. Stateless.
 */
final class CodeAttributes {
    private CodeAttributes() {}

    static long getAttr(ObjectState s, long codeObject, long name) {
        String n = StrType.toJava(name);
        switch (n) {
            case "co_name" -> {
                return Objects.newRef(Memory.getLong(codeObject + CodeLayouts.CODE_NAME_OFFSET));
            }
            case "co_filename" -> {
                return Objects.newRef(Memory.getLong(codeObject + CodeLayouts.CODE_FILENAME_OFFSET));
            }
            case "__class__" -> {
                return Objects.newRef(Objects.type(codeObject));
            }
            default -> {
            }
        }
        Code code = CodeLoader.of(InterpreterState.of(s), codeObject).code;
        return switch (n) {
            case "co_qualname" -> StrType.fromJava(s, code.qualname());
            case "co_firstlineno" -> IntType.fromLong(s, code.firstLineno());
            case "co_argcount" -> IntType.fromLong(s, code.argcount());
            case "co_posonlyargcount" -> IntType.fromLong(s, code.posonlyargcount());
            case "co_kwonlyargcount" -> IntType.fromLong(s, code.kwonlyargcount());
            case "co_nlocals" -> IntType.fromLong(s, code.nlocals());
            case "co_flags" -> IntType.fromLong(s, code.flags() & ~dev.isola.interp.compile.Code.NOFREE); // 3.11 has no CO_NOFREE
            case "co_varnames" -> names(s, code.varnames());
            case "co_cellvars" -> names(s, code.cellvars());
            case "co_freevars" -> names(s, code.freevars());
            default -> throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, "'code' object has no attribute '" + n + "'");
        };
    }

    /** A new tuple of strs. */
    private static long names(ObjectState s, List<String> names) {
        long list = ListType.newList(s);
        try {
            for (String name : names) {
                long str = StrType.fromJava(s, name);
                try {
                    ListType.append(s, list, str);
                } finally {
                    Objects.decref(s, str);
                }
            }
            return ListType.toTuple(s, list);
        } finally {
            Objects.decref(s, list);
        }
    }
}
