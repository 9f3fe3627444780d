package dev.isola.interp.modules;

import java.util.List;

/** The table of builtin modules a {@code Runtime} starts with: {@code builtins} first, then {@code sys}, then the rest. */
public final class BuiltinModules {
    private BuiltinModules() {}

    public static List<ModuleDef> all() {
        return List.of(BuiltinsModule.def(), SysModule.def(), GcModule.def(), RandomModule.def(), MathModule.def(),
                TimeModule.def(), OperatorModule.def(), HeapqModule.def(), BisectModule.def(), StringModule.def(),
                ItertoolsModule.def(), FunctoolsModule.def(), ImportlibModule.def(), IoObjects.ioModule(),
                OsModule.def(), PosixPathModule.def(), StatModule.def(), ReModule.def(), StructModule.def(),
                ArrayModule.def(), ThreadModule.def(),
                InterpretersModule.def(), WeakrefModule.def(),
                TracebackModule.def(), HashlibModule.def(), ZlibModule.def(), SubprocessModule.def());
    }
}
