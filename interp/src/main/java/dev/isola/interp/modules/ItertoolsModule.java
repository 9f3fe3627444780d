package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.TypeSlots;
import java.util.List;

/**
 * {@code itertools}: CPython 3.11's iterator building blocks. The module's classes are static
 * types of the object space ({@code itertools.count} …, laid out by
 * {@link dev.isola.objects.ModuleObjectLayout}); their behaviour is in {@link ItertoolsBasic},
 * {@link ItertoolsGroups} and {@link ItertoolsCombinatorics}, handed to the object space at
 * bootstrap through {@link #slots}. {@code tee} is the one plain function.
 */
public final class ItertoolsModule {
    /** The classes the module's dictionary holds, by their Python names. */
    private static final List<BuiltinType> TYPES = List.of(BuiltinType.COUNT, BuiltinType.CYCLE, BuiltinType.REPEAT,
            BuiltinType.ACCUMULATE, BuiltinType.CHAIN, BuiltinType.COMPRESS, BuiltinType.DROPWHILE,
            BuiltinType.TAKEWHILE, BuiltinType.FILTERFALSE, BuiltinType.GROUPBY, BuiltinType.GROUPER,
            BuiltinType.ISLICE, BuiltinType.STARMAP, BuiltinType.TEE, BuiltinType.ZIP_LONGEST, BuiltinType.PRODUCT,
            BuiltinType.PERMUTATIONS, BuiltinType.COMBINATIONS, BuiltinType.COMBINATIONS_WITH_REPLACEMENT,
            BuiltinType.PAIRWISE);

    private ItertoolsModule() {}

    static ModuleDef def() {
        return new ModuleDef("itertools", List.of(new MethodDef("tee", ItertoolsGroups::tee)), ItertoolsModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        for (BuiltinType t : TYPES) {
            DictType.setItemString(s, dict, t.pyName(), s.space().type(t));
        }
    }

    /** The behaviour of an itertools type, or null when {@code t} is not one. */
    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE, FILTERFALSE, STARMAP,
                 PAIRWISE -> ItertoolsBasic.slots(t);
            case GROUPBY, GROUPER, TEE, ISLICE, ZIP_LONGEST -> ItertoolsGroups.slots(t);
            case PRODUCT, PERMUTATIONS, COMBINATIONS, COMBINATIONS_WITH_REPLACEMENT -> ItertoolsCombinatorics.slots(t);
            default -> null;
        };
    }
}
