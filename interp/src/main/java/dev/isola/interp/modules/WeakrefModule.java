package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.Weakrefs;
import java.util.List;

/**
 * {@code _weakref}: the weak reference type and its counting functions, over
 * {@link Weakrefs}; {@code weakref} (Python source) builds the dictionaries, sets, finalizers
 * and proxies on it, as CPython does.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    static ModuleDef def() {
        return new ModuleDef("_weakref", List.of(
                new MethodDef("getweakrefcount", (s, m, a, k) ->
                        IntType.fromLong(s, Weakrefs.count(s, Args.one(s, "getweakrefcount", a, k)))),
                new MethodDef("getweakrefs", (s, m, a, k) -> {
                    long list = ListType.newList(s);
                    for (long r : Weakrefs.refsTo(s, Args.one(s, "getweakrefs", a, k))) {
                        ListType.append(s, list, r);
                    }
                    return list;
                }),
                new MethodDef("_supports", (s, m, a, k) ->
                        Objects.newRef(s.space().bool(Weakrefs.supports(s, Args.one(s, "_supports", a, k)))))),
                WeakrefModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        DictType.setItemString(s, dict, "ref", s.space().type(BuiltinType.WEAKREF));
        DictType.setItemString(s, dict, "ReferenceType", s.space().type(BuiltinType.WEAKREF));
    }
}
