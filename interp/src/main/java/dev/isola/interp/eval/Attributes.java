package dev.isola.interp.eval;

import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.SlotFunctions;
import dev.isola.objects.StrType;

/** Attribute assignment and deletion ({@code value} 0) through the type's {@code setAttr} slot. */
final class Attributes {
    private Attributes() {
    }

    static void set(ObjectState s, long o, long name, long value) {
        SlotFunctions.SetFunc f = s.slotsOf(o).setAttr;
        if (f == null) {
            String n = StrType.toJava(name);
            if (s.slotsOf(o).getAttr == null || !hasAttr(s, o, name)) {
                throw Errors.raise(s, dev.isola.objects.BuiltinType.ATTRIBUTE_ERROR, "'" + Objects.typeNameOf(o)
                        + "' object has no attribute '" + n + "'");
            }
            throw Errors.raise(s, dev.isola.objects.BuiltinType.ATTRIBUTE_ERROR, "'" + Objects.typeNameOf(o)
                    + "' object attribute '" + n + "' is read-only");
        }
        f.apply(s, o, name, value);
    }

    private static boolean hasAttr(ObjectState s, long o, long name) {
        try {
            Objects.decref(s, dev.isola.objects.Abstract.getAttr(s, o, name));
            return true;
        } catch (dev.isola.objects.PyException e) {
            e.release(s);
            return false;
        }
    }
}
