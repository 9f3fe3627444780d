package dev.isola.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text as CPython's {@code PyOS_double_to_string} (Python/pystrtod.c over David Gay's
 * {@code dtoa.c}), for the format types {@code 'e' 'f' 'g' 'r'}.
 *
 * <p>The digits come from two exact sources: the shortest round-tripping digits (mode 0, for
 * {@code repr}) from {@link Double#toString}, which is shortest since JDK 19 — except that it
 * never gives a single digit, so a one-digit candidate is tried first — and correctly rounded
 * digits (modes 2 and 3) from {@link BigDecimal}'s exact expansion rounded half-even, which is
 * what dtoa computes. {@link #format} then lays them out with pystrtod's
 * {@code format_float_short} algorithm. Stateless.
 */
final class Dtoa {
    private Dtoa() {}

    /** Digits without trailing zeros (at least "0"), and the decimal point position: value = 0.digits × 10^decpt. */
    record Digits(String digits, int decpt) {}

    /** Mode 0: the shortest digits that round-trip. {@code x} finite and positive or zero. */
    static Digits shortest(double x) {
        if (x == 0) {
            return new Digits("0", 1);
        }
        String text = Double.toString(x);
        int e = text.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        String mantissa = e < 0 ? text : text.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        digits = stripZeros(digits);
        if (digits.length() == 2) {
            // Java gives two digits where one would do; dtoa picks the closest single digit.
            Digits one = closestOneDigit(x, digits, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Digits(digits, decpt);
    }

    private static Digits closestOneDigit(double x, String two, int decpt) {
        int d = two.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(x);
        BigDecimal bestDistance = null;
        for (int c = d; c <= d + 1; c++) {
            BigDecimal candidate = c == 10 ? BigDecimal.ONE.scaleByPowerOfTen(decpt)
                    : BigDecimal.valueOf(c).scaleByPowerOfTen(decpt - 1);
            if (candidate.doubleValue() != x) {
                continue;
            }
            BigDecimal distance = candidate.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = c == 10 ? new Digits("1", decpt + 1) : new Digits(Integer.toString(c), decpt);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Mode 2: {@code n ≥ 1} significant digits, correctly rounded. */
    static Digits significant(double x, int n) {
        if (x == 0) {
            return new Digits("0", 1);
        }
        BigDecimal r = new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        return new Digits(stripZeros(u), u.length() - r.scale());
    }

    /** Mode 3: {@code n ≥ 0} digits after the decimal point, correctly rounded; "" when that rounds to 0. */
    static Digits fixed(double x, int n) {
        if (x == 0) {
            return new Digits("0", 1);
        }
        BigDecimal r = new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new Digits("", -n);
        }
        String u = r.unscaledValue().toString();
        return new Digits(stripZeros(u), u.length() - n);
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /**
     * {@code PyOS_double_to_string(x, type, precision, flags)}: {@code type} one of e E f F g G r;
     * {@code alt} is Py_DTSF_ALT, {@code addDot0} Py_DTSF_ADD_DOT_0, {@code noNegZero}
     * Py_DTSF_NO_NEG_0. A '-' leads negative results; no '+' is added.
     */
    static String format(double x, char type, int precision, boolean alt, boolean addDot0, boolean noNegZero) {
        boolean upper = Character.isUpperCase(type);
        char t = Character.toLowerCase(type);
        boolean negative = (Double.doubleToRawLongBits(x) < 0) && !Double.isNaN(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            String word = Double.isNaN(x) ? "nan" : "inf";
            return (negative ? "-" : "") + (upper ? word.toUpperCase() : word);
        }
        double v = Math.abs(x);
        Digits d = switch (t) {
            case 'e' -> significant(v, precision + 1);
            case 'f' -> fixed(v, precision);
            case 'g' -> significant(v, precision == 0 ? 1 : precision);
            default -> shortest(v);
        };
        if (t == 'g' && precision == 0) {
            precision = 1;
        }
        String digits = d.digits();
        if (noNegZero && negative && (digits.isEmpty() || digits.equals("0"))) {
            negative = false;
        }
        int decpt = d.decpt();
        int len = digits.length();
        boolean useExp = false;
        int vEnd = len;
        switch (t) {
            case 'e' -> {
                useExp = true;
                vEnd = precision + 1;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        StringBuilder out = new StringBuilder(Math.max(16, vEnd - vStart + 8));
        if (negative) {
            out.append('-');
        }
        if (decpt <= 0) {
            out.repeat('0', decpt - vStart).append('.').repeat('0', -decpt);
        } else {
            out.repeat('0', -vStart);
        }
        if (0 < decpt && decpt <= len) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, len);
        } else {
            out.append(digits);
        }
        if (len < decpt) {
            out.repeat('0', decpt - len).append('.').repeat('0', vEnd - decpt);
        } else {
            out.repeat('0', vEnd - len);
        }
        if (out.charAt(out.length() - 1) == '.' && !alt) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                out.append('0');
            }
            out.append(a);
        }
        return out.toString();
    }
}
