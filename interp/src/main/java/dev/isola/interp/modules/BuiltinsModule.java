package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectSpace;
import dev.isola.objects.ObjectState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code builtins} module (CPython's {@code bltinmodule.c}): its functions live in
 * {@link BuiltinsIO}, {@link BuiltinsIteration}, {@link BuiltinsNumeric}, {@link BuiltinsObjects}
 * and {@link BuiltinsExec}; its dict also holds the static types Python code names
 * ({@code int}, {@code list}, {@code zip}, every exception …) and the constants {@code None},
 * {@code True}, {@code False}, {@code Ellipsis}, {@code NotImplemented}.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    static ModuleDef def() {
        List<MethodDef> functions = new ArrayList<>();
        functions.addAll(BuiltinsIO.functions());
        functions.addAll(BuiltinsIteration.functions());
        functions.addAll(BuiltinsNumeric.functions());
        functions.addAll(BuiltinsObjects.functions());
        functions.add(ImportlibModule.importFunction());
        functions.addAll(BuiltinsExec.functions());
        return new ModuleDef("builtins", List.copyOf(functions), BuiltinsModule::init);
    }

    /** The static types that are builtins names: every exception and these. */
    static Set<BuiltinType> publicTypes() {
        Set<BuiltinType> types = EnumSet.of(BuiltinType.OBJECT, BuiltinType.TYPE, BuiltinType.INT, BuiltinType.BOOL,
                BuiltinType.FLOAT, BuiltinType.COMPLEX, BuiltinType.STR, BuiltinType.BYTES, BuiltinType.BYTEARRAY, BuiltinType.TUPLE,
                BuiltinType.LIST, BuiltinType.DICT, BuiltinType.SET, BuiltinType.FROZENSET, BuiltinType.RANGE,
                BuiltinType.SLICE, BuiltinType.ENUMERATE, BuiltinType.ZIP, BuiltinType.MAP, BuiltinType.FILTER,
                BuiltinType.REVERSED, BuiltinType.PROPERTY, BuiltinType.STATICMETHOD, BuiltinType.CLASSMETHOD,
                BuiltinType.SUPER);
        for (BuiltinType t : BuiltinType.values()) {
            if (t.isException() && t.module().equals("builtins")) {
                types.add(t);
            }
        }
        return types;
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        ObjectSpace space = s.space();
        for (BuiltinType t : publicTypes()) {
            DictType.setItemString(s, dict, t.pyName(), space.type(t));
        }
        DictType.setItemString(s, dict, "None", space.none());
        DictType.setItemString(s, dict, "True", space.trueObject());
        DictType.setItemString(s, dict, "False", space.falseObject());
        DictType.setItemString(s, dict, "Ellipsis", space.ellipsis());
        DictType.setItemString(s, dict, "NotImplemented", space.notImplemented());
        DictType.setItemString(s, dict, "EnvironmentError", space.type(BuiltinType.OS_ERROR));
        DictType.setItemString(s, dict, "IOError", space.type(BuiltinType.OS_ERROR));
    }
}
