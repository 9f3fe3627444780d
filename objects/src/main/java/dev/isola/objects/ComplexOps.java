package dev.isola.objects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The behaviour of {@code complex} ({@link ComplexType} holds the layout), after CPython 3.11's
 * {@code complexobject.c}: arithmetic with complex, float and int operands (an int becomes the
 * nearest double, OverflowError beyond the float range), Smith's division, {@code **} by
 * repeated squaring for integral exponents up to 100 and by the polar form otherwise, equality
 * (no ordering), CPython's hash and repr, and {@code complex(...)} from numbers, objects with
 * {@code __complex__}, {@code __float__} or {@code __index__}, and strings.
 */
final class ComplexOps {
    /** CPython's {@code _PyHASH_IMAG}. */
    private static final long HASH_IMAG = 1000003L;

    private ComplexOps() {}

    static TypeSlots slots() {
        TypeSlots.Builder t = TypeSlots.builder()
                .repr((s, a) -> StrType.fromJava(s, repr(ComplexType.real(a), ComplexType.imag(a))))
                .hash(ComplexOps::hash)
                .richCompare(ComplexOps::richCompare)
                .bool((s, a) -> ComplexType.real(a) != 0.0 || ComplexType.imag(a) != 0.0)
                .getAttr(ComplexOps::getAttr)
                .newInstance(ComplexOps::newInstance)
                .negative((s, a) -> ComplexType.fromParts(s, -ComplexType.real(a), -ComplexType.imag(a)))
                .positive(ComplexOps::exact)
                .absolute((s, a) -> FloatType.fromDouble(s, abs(s, ComplexType.real(a), ComplexType.imag(a))))
                .power(ComplexOps::power)
                .number(NumberOp.POWER, (s, a, b) -> power(s, a, b, s.space().none()))
                .dealloc((s, a) -> s.freeObject(a));
        for (NumberOp op : new NumberOp[] {NumberOp.ADD, NumberOp.SUBTRACT, NumberOp.MULTIPLY, NumberOp.TRUE_DIVIDE}) {
            t.number(op, (s, x, y) -> binary(s, x, y, op));
        }
        t.method("conjugate", (s, self, args, kwargs) -> {
            NumberArgs.none(s, "complex.conjugate", args, kwargs);
            return ComplexType.fromParts(s, ComplexType.real(self), -ComplexType.imag(self));
        });
        t.method("__complex__", (s, self, args, kwargs) -> exact(s, self));
        t.method("__getnewargs__", (s, self, args, kwargs) -> {
            long re = FloatType.fromDouble(s, ComplexType.real(self));
            long im = FloatType.fromDouble(s, ComplexType.imag(self));
            try {
                return TupleType.pack(s, re, im);
            } finally {
                Objects.decref(s, re);
                Objects.decref(s, im);
            }
        });
        t.method("__format__", ComplexOps::format);
        return t.build();
    }

    /** {@code a} as an exact complex: itself, or a copy of a subclass instance's value. */
    private static long exact(ObjectState s, long a) {
        if (Objects.type(a) == s.space().type(BuiltinType.COMPLEX)) {
            return Objects.newRef(a);
        }
        return ComplexType.fromParts(s, ComplexType.real(a), ComplexType.imag(a));
    }

    private static long getAttr(ObjectState s, long a, long name) {
        if (StrType.length(name) == 4) {
            switch (StrType.toJava(name)) {
                case "real" -> {
                    return FloatType.fromDouble(s, ComplexType.real(a));
                }
                case "imag" -> {
                    return FloatType.fromDouble(s, ComplexType.imag(a));
                }
                default -> { }
            }
        }
        return ObjectType.genericGetAttr(s, a, name);
    }

    // ---------------------------------------------------------------- text

    /** CPython's {@code complex_repr}: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}. */
    static String repr(double re, double im) {
        String imag = part(im);
        if (re == 0.0 && Math.copySign(1.0, re) > 0) {
            return imag + "j";
        }
        String sign = im < 0 || (im == 0.0 && Math.copySign(1.0, im) < 0) || (Double.isNaN(im) && imag.startsWith("-"))
                ? "" : "+";
        return "(" + part(re) + sign + imag + "j)";
    }

    /** A part as the 'r' format writes it without the ".0" floats add. */
    private static String part(double v) {
        String r = FloatText.repr(v);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    /** {@code format(c, spec)}: the empty spec is str(c); otherwise each part formatted as a float. */
    private static long format(ObjectState s, long self, long args, long kwargs) {
        long spec = NumberArgs.one(s, "complex.__format__", args, kwargs);
        if (!StrType.check(spec)) {
            throw Errors.typeError(s, "__format__() argument must be str, not " + Objects.typeNameOf(spec));
        }
        String text = StrType.toJava(spec);
        if (text.isEmpty()) {
            return StrType.fromJava(s, repr(ComplexType.real(self), ComplexType.imag(self)));
        }
        Matcher m = Pattern.compile("^((?:.?[<>^=])?)([-+ ]?)(0?)(\\d*)([,_]?)((?:\\.\\d+)?)([eEfFgGn%]?)$").matcher(text);
        if (!m.matches()) {
            throw Errors.valueError(s, "Invalid format specifier");
        }
        if (m.group(1).endsWith("=")) {
            throw Errors.valueError(s, "'=' alignment flag is not allowed in complex format specifier");
        }
        if (!m.group(3).isEmpty()) {
            throw Errors.valueError(s, "Zero padding is not allowed in complex format specifier");
        }
        String type = m.group(7);
        String inner = m.group(5) + m.group(6) + (type.isEmpty() ? (m.group(6).isEmpty() ? "r" : "g") : type);
        double re = ComplexType.real(self);
        double im = ComplexType.imag(self);
        boolean bare = type.isEmpty() && re == 0.0 && Math.copySign(1.0, re) > 0;
        String out;
        if (bare) {
            out = formatPart(s, im, m.group(2) + inner) + "j";
        } else {
            String body = formatPart(s, re, m.group(2) + inner) + formatPart(s, im, "+" + inner) + "j";
            out = type.isEmpty() ? "(" + body + ")" : body;
        }
        String align = m.group(1);
        int width = m.group(4).isEmpty() ? 0 : Integer.parseInt(m.group(4));
        if (out.length() < width) {
            char fill = align.length() == 2 ? align.charAt(0) : ' ';
            char how = align.isEmpty() ? '>' : align.charAt(align.length() - 1);
            int pad = width - out.length();
            String f = String.valueOf(fill);
            out = switch (how) {
                case '<' -> out + f.repeat(pad);
                case '^' -> f.repeat(pad / 2) + out + f.repeat(pad - pad / 2);
                default -> f.repeat(pad) + out;
            };
        }
        return StrType.fromJava(s, out);
    }

    private static String formatPart(ObjectState s, double v, String spec) {
        if (spec.endsWith("r")) {
            String sign = spec.startsWith("+") ? "+" : spec.startsWith(" ") ? " " : "";
            String p = part(v);
            return !sign.isEmpty() && !p.startsWith("-") ? sign + p : p;
        }
        long f = FloatType.fromDouble(s, v);
        long sp = StrType.fromJava(s, spec);
        try {
            long r = Abstract.format(s, f, sp);
            try {
                return StrType.toJava(r);
            } finally {
                Objects.decref(s, r);
            }
        } finally {
            Objects.decref(s, f);
            Objects.decref(s, sp);
        }
    }

    // ---------------------------------------------------------------- arithmetic

    /** The operand as (real, imag), or null when it is not a complex, float or int. */
    private static double[] operand(ObjectState s, long x) {
        if (ComplexType.check(s, x)) {
            return new double[] {ComplexType.real(x), ComplexType.imag(x)};
        }
        if (FloatType.check(s, x)) {
            return new double[] {FloatType.value(x), 0.0};
        }
        if (IntType.check(x)) {
            return new double[] {IntOps.toDouble(s, x), 0.0};
        }
        return null;
    }

    private static long binary(ObjectState s, long a, long b, NumberOp op) {
        double[] x = operand(s, a);
        double[] y = x == null ? null : operand(s, b);
        if (x == null || y == null) {
            return s.space().notImplemented();
        }
        return switch (op) {
            case ADD -> ComplexType.fromParts(s, x[0] + y[0], x[1] + y[1]);
            case SUBTRACT -> ComplexType.fromParts(s, x[0] - y[0], x[1] - y[1]);
            case MULTIPLY -> ComplexType.fromParts(s, x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
            case TRUE_DIVIDE -> {
                double[] q = quotient(x, y);
                if (q == null) {
                    throw Errors.zeroDivision(s, "complex division by zero");
                }
                yield ComplexType.fromParts(s, q[0], q[1]);
            }
            default -> s.space().notImplemented();
        };
    }

    /** CPython's {@code _Py_c_quot} (Smith's method); null for division by zero. */
    private static double[] quotient(double[] a, double[] b) {
        double absBreal = Math.abs(b[0]);
        double absBimag = Math.abs(b[1]);
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null;
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        }
        if (absBimag >= absBreal) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {Double.NaN, Double.NaN}; // at least one of b is NaN
    }

    private static double[] product(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    private static long power(ObjectState s, long a, long b, long mod) {
        if (mod != s.space().none()) {
            throw Errors.valueError(s, "complex modulo");
        }
        double[] x = operand(s, a);
        double[] y = x == null ? null : operand(s, b);
        if (x == null || y == null) {
            return s.space().notImplemented();
        }
        double[] r;
        // CPython's complex_pow: an integral real exponent up to 100 uses repeated squaring.
        if (y[1] == 0.0 && y[0] == Math.rint(y[0]) && Math.abs(y[0]) <= 100.0) {
            r = powi(s, x, (int) y[0]);
        } else {
            r = pow(s, x, y);
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            if (!Double.isInfinite(x[0]) && !Double.isInfinite(x[1]) && !Double.isInfinite(y[0])
                    && !Double.isInfinite(y[1])) {
                throw Errors.overflowError(s, "complex exponentiation");
            }
        }
        return ComplexType.fromParts(s, r[0], r[1]);
    }

    /** CPython's {@code c_powi}: x**n for integral n, by repeated squaring (c_powu) and a quotient. */
    private static double[] powi(ObjectState s, double[] x, int n) {
        if (n > 0) {
            return powu(x, n);
        }
        if (n == 0) {
            return new double[] {1.0, 0.0};
        }
        double[] d = powu(x, -n);
        double[] q = quotient(new double[] {1.0, 0.0}, d);
        if (q == null) {
            throw Errors.zeroDivision(s, "0.0 to a negative or complex power");
        }
        return q;
    }

    private static double[] powu(double[] x, int n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = product(r, p);
            }
            mask <<= 1;
            p = product(p, p);
        }
        return r;
    }

    /** CPython's {@code _Py_c_pow}: the polar form. */
    private static double[] pow(ObjectState s, double[] a, double[] b) {
        if (b[0] == 0.0 && b[1] == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                throw Errors.zeroDivision(s, "0.0 to a negative or complex power");
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(a[0], a[1]);
        double len = dev.isola.natives.Libm.pow(vabs, b[0]);
        double at = Math.atan2(a[1], a[0]);
        double phase = at * b[0];
        if (b[1] != 0.0) {
            len /= Math.exp(at * b[1]);
            phase += b[1] * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    /** CPython's {@code _Py_c_abs}: inf wins over nan; OverflowError when finite parts overflow. */
    static double abs(ObjectState s, double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError(s, "absolute value too large");
        }
        return r;
    }

    // ---------------------------------------------------------------- comparison and hash

    private static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return s.space().notImplemented();
        }
        boolean equal;
        double re = ComplexType.real(a);
        double im = ComplexType.imag(a);
        if (IntType.check(b)) {
            // Exact, as CPython: the real part against the int through float's comparison.
            if (im != 0.0) {
                equal = false;
            } else {
                long f = FloatType.fromDouble(s, re);
                try {
                    equal = FloatOps.richCompare(s, f, b, CompareOp.EQ) == s.space().bool(true);
                } finally {
                    Objects.decref(s, f);
                }
            }
        } else if (FloatType.check(s, b)) {
            equal = re == FloatType.value(b) && im == 0.0;
        } else if (ComplexType.check(s, b)) {
            equal = re == ComplexType.real(b) && im == ComplexType.imag(b);
        } else {
            return s.space().notImplemented();
        }
        return s.space().bool(equal == (op == CompareOp.EQ));
    }

    /** CPython's {@code complex_hash}: hash(real) + 1000003 * hash(imag), wrapping; -1 becomes -2. */
    private static long hash(ObjectState s, long a) {
        double re = ComplexType.real(a);
        double im = ComplexType.imag(a);
        long hr = Double.isNaN(re) ? ObjectType.pointerHash(a) : FloatOps.hashDouble(re);
        long hi = Double.isNaN(im) ? ObjectType.pointerHash(a) : FloatOps.hashDouble(im);
        long h = hr + HASH_IMAG * hi;
        return h == -1 ? -2 : h;
    }

    // ---------------------------------------------------------------- complex(...)

    private static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long[] a = NumberArgs.parse(s, "complex", args, kwargs, 0, 2, "real", "imag");
        long real = a[0];
        long imag = a[1];
        long complexType = s.space().type(BuiltinType.COMPLEX);
        if (real != 0 && imag == 0 && type == complexType && Objects.type(real) == complexType) {
            return Objects.newRef(real);
        }
        double[] value;
        if (real != 0 && StrType.check(real)) {
            if (imag != 0) {
                throw Errors.typeError(s, "complex() can't take second arg if first is a string");
            }
            value = parse(s, StrType.toJava(real));
        } else {
            if (imag != 0 && StrType.check(imag)) {
                throw Errors.typeError(s, "complex() second arg can't be a string");
            }
            double[] cr = real == 0 ? new double[] {0.0, 0.0} : asComplex(s, real, "first argument must be a string or a number");
            double[] ci = imag == 0 ? new double[] {0.0, 0.0} : asComplex(s, imag, "second argument must be a number");
            value = new double[] {cr[0] - ci[1], cr[1] + ci[0]};
        }
        return type == complexType ? ComplexType.fromParts(s, value[0], value[1])
                : ComplexType.fromParts(s, type, value[0], value[1]);
    }

    /** A number argument of complex(): __complex__ first, then float(x). */
    private static double[] asComplex(ObjectState s, long x, String what) {
        if (ComplexType.check(s, x) && Objects.type(x) == s.space().type(BuiltinType.COMPLEX)) {
            return new double[] {ComplexType.real(x), ComplexType.imag(x)};
        }
        long method = HeapTypes.isHeapType(Objects.type(x)) ? HeapTypes.lookup(s, Objects.type(x), s.intern("__complex__")) : 0;
        if (method != 0) {
            long r = Abstract.callMethod(s, x, "__complex__");
            try {
                if (!ComplexType.check(s, r)) {
                    throw Errors.typeError(s, "__complex__ returned non-complex (type " + Objects.typeNameOf(r) + ")");
                }
                return new double[] {ComplexType.real(r), ComplexType.imag(r)};
            } finally {
                Objects.decref(s, r);
            }
        }
        if (ComplexType.check(s, x)) {
            return new double[] {ComplexType.real(x), ComplexType.imag(x)};
        }
        TypeSlots slots = s.slotsOf(x);
        if (FloatType.check(s, x) || IntType.check(x) || slots.toFloat != null || slots.index != null) {
            return new double[] {FloatMethods.value(s, x), 0.0};
        }
        throw Errors.typeError(s, "complex() " + what + ", not '" + Objects.typeNameOf(x) + "'");
    }

    private static final String NUM = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?"
            + "|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])";
    private static final Pattern BOTH = Pattern.compile("([+-]?" + NUM + ")([+-])(" + NUM + ")?[jJ]");
    private static final Pattern IMAG = Pattern.compile("([+-]?)(" + NUM + ")?[jJ]");
    private static final Pattern REAL = Pattern.compile("[+-]?" + NUM);

    /** CPython's {@code complex_subtype_from_string}. */
    static double[] parse(ObjectState s, String text) {
        String t = text.strip();
        if (t.startsWith("(") && t.endsWith(")") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        Matcher m;
        if ((m = BOTH.matcher(t)).matches()) {
            double im = m.group(3) == null ? 1.0 : number(m.group(3));
            return new double[] {number(m.group(1)), m.group(2).equals("-") ? -im : im};
        }
        if ((m = IMAG.matcher(t)).matches()) {
            double im = m.group(2) == null ? 1.0 : number(m.group(2));
            return new double[] {0.0, m.group(1).equals("-") ? -im : im};
        }
        if (REAL.matcher(t).matches()) {
            return new double[] {number(t), 0.0};
        }
        throw Errors.valueError(s, "complex() arg is a malformed string");
    }

    private static double number(String t) {
        String u = t.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        String body = u.startsWith("+") || u.startsWith("-") ? u.substring(1) : u;
        double sign = u.startsWith("-") ? -1.0 : 1.0;
        if (body.startsWith("inf")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return sign * Double.parseDouble(body);
    }
}
