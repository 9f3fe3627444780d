package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.CycleCollector;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.Objects;
import java.util.List;

/**
 * {@code gc}: the cycle collector of this interpreter. {@code collect()} runs it now and returns
 * the number of unreachable objects it found, as CPython's does. It also runs by itself at the
 * eval loop's check points once the number of tracked containers has doubled since the last
 * collection (see {@code ObjectState.gcDue}; the collector is not generational, so there are no
 * per-generation thresholds), and when the interpreter closes. {@code disable()} stops the
 * automatic runs.
 */
final class GcModule {
    private GcModule() {
    }

    static ModuleDef def() {
        return new ModuleDef("gc", List.of(
                new MethodDef("collect", (s, m, args, kw) -> {
                    Args.positional(s, "collect", args, kw, 0, 1);
                    return IntType.fromLong(s, CycleCollector.collect(s));
                }),
                new MethodDef("enable", (s, m, args, kw) -> {
                    Args.none(s, "enable", args, kw);
                    InterpreterState.of(s).setGcEnabled(true);
                    return Objects.newRef(s.space().none());
                }),
                new MethodDef("disable", (s, m, args, kw) -> {
                    Args.none(s, "disable", args, kw);
                    InterpreterState.of(s).setGcEnabled(false);
                    return Objects.newRef(s.space().none());
                }),
                new MethodDef("isenabled", (s, m, args, kw) -> {
                    Args.none(s, "isenabled", args, kw);
                    return s.space().bool(InterpreterState.of(s).gcEnabled());
                })), (interp, module, dict) -> {
                });
    }
}
