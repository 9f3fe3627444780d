package dev.isola.interp.eval;

import dev.isola.interp.compile.Code;
import dev.isola.memory.Memory;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a function's parameters: CPython's {@code initialize_locals}, in the
 * same order and with the same messages (named by the function's qualname, as 3.10+ does).
 * Arguments are borrowed; the frame's locals get new references.
 */
final class ArgBinder {
    private ArgBinder() {
    }

    static void bind(ObjectState s, LoadedCode lc, long function, long[] nf, int locals, long[] a, int start,
            int npos, long kwnames) {
        Code code = lc.code;
        int argcount = code.argcount();
        int kwonly = code.kwonlyargcount();
        int total = argcount + kwonly;
        boolean varargs = (code.flags() & Code.VARARGS) != 0;
        boolean varkw = (code.flags() & Code.VARKEYWORDS) != 0;
        long kwdict = 0;
        if (varkw) {
            kwdict = DictType.newDict(s);
            nf[locals + total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        for (int i = 0; i < n; i++) {
            nf[locals + i] = Objects.newRef(a[start + i]);
        }
        if (varargs) {
            int extra = Math.max(0, npos - argcount);
            long t = extra == 0 ? s.space().emptyTuple() : TupleType.allocate(s, extra);
            for (int i = 0; i < extra; i++) {
                TupleType.initItem(s, t, i, Objects.newRef(a[start + argcount + i]));
            }
            nf[locals + total] = t;
        }
        int nkw = kwnames == 0 ? 0 : (int) TupleType.size(kwnames);
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            long name = TupleType.getItem(kwnames, k);
            long value = a[start + npos + k];
            int index = findParam(code, name);
            if (index < 0 || index < code.posonlyargcount()) {
                if (varkw) {
                    DictType.setItem(s, kwdict, name, value);
                    continue;
                }
                if (index >= 0) {
                    if (posonlyAsKw == null) {
                        posonlyAsKw = new ArrayList<>();
                    }
                    posonlyAsKw.add(StrType.toJava(name));
                    continue;
                }
                throw Errors.typeError(s, Functions.qualname(function) + "() got an unexpected keyword argument '"
                        + StrType.toJava(name) + "'");
            }
            if (nf[locals + index] != 0) {
                throw Errors.typeError(s, Functions.qualname(function) + "() got multiple values for argument '"
                        + StrType.toJava(name) + "'");
            }
            nf[locals + index] = Objects.newRef(value);
        }
        if (posonlyAsKw != null) {
            throw Errors.typeError(s, Functions.qualname(function)
                    + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        if (npos > argcount && !varargs) {
            throw tooManyPositional(s, lc, function, nf, locals, npos);
        }
        if (npos < argcount) {
            long defaults = Memory.getLong(function + CodeLayouts.FUNCTION_DEFAULTS_OFFSET);
            int ndef = defaults == 0 ? 0 : (int) TupleType.size(defaults);
            int firstDefault = argcount - ndef;
            List<String> missing = new ArrayList<>();
            for (int i = npos; i < argcount; i++) {
                if (nf[locals + i] == 0) {
                    if (i >= firstDefault) {
                        nf[locals + i] = Objects.newRef(TupleType.getItem(defaults, i - firstDefault));
                    } else {
                        missing.add(code.varnames().get(i));
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(s, function, missing, "positional");
            }
        }
        if (kwonly > 0) {
            long kwdefaults = Memory.getLong(function + CodeLayouts.FUNCTION_KWDEFAULTS_OFFSET);
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < total; i++) {
                if (nf[locals + i] == 0) {
                    String name = code.varnames().get(i);
                    long d = kwdefaults == 0 ? 0 : DictType.getItemString(s, kwdefaults, name);
                    if (d != 0) {
                        nf[locals + i] = Objects.newRef(d);
                    } else {
                        missing.add(name);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(s, function, missing, "keyword-only");
            }
        }
    }

    private static int findParam(Code code, long name) {
        int total = code.argcount() + code.kwonlyargcount();
        String n = null;
        for (int i = 0; i < total; i++) {
            if (n == null) {
                n = StrType.toJava(name);
            }
            if (code.varnames().get(i).equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static PyException tooManyPositional(ObjectState s, LoadedCode lc, long function, long[] nf,
            int locals, int npos) {
        Code code = lc.code;
        int argcount = code.argcount();
        long defaults = Memory.getLong(function + CodeLayouts.FUNCTION_DEFAULTS_OFFSET);
        int ndef = defaults == 0 ? 0 : (int) TupleType.size(defaults);
        int kwGiven = 0;
        for (int i = argcount; i < argcount + code.kwonlyargcount(); i++) {
            if (nf[locals + i] != 0) {
                kwGiven++;
            }
        }
        String sig;
        boolean plural;
        if (ndef > 0) {
            sig = "from " + (argcount - ndef) + " to " + argcount;
            plural = true;
        } else {
            sig = String.valueOf(argcount);
            plural = argcount != 1;
        }
        String kwonlySig = kwGiven == 0 ? "" : " positional argument" + (npos != 1 ? "s" : "") + " (and " + kwGiven
                + " keyword-only argument" + (kwGiven != 1 ? "s" : "") + ")";
        return Errors.typeError(s, Functions.qualname(function) + "() takes " + sig + " positional argument"
                + (plural ? "s" : "") + " but " + npos + kwonlySig + " " + (npos == 1 && kwGiven == 0 ? "was" : "were")
                + " given");
    }

    private static PyException missing(ObjectState s, long function, List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(s, Functions.qualname(function) + "() missing " + names.size() + " required " + kind
                + " argument" + (names.size() == 1 ? "" : "s") + ": " + b);
    }
}
