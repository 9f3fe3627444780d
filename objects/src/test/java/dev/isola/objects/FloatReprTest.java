package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** repr(float) is CPython's shortest round-trip text, laid out by CPython's rules. */
class FloatReprTest extends NumbersTestSupport {

    /** Bit patterns and CPython 3.11's repr of them (python3 -c 'repr(struct.unpack(...))'). */
    private static final String[][] CPYTHON = {
            {"0x3fb999999999999a", "0.1"},
            {"0x3fc999999999999a", "0.2"},
            {"0x3fd3333333333333", "0.3"},
            {"0x3fd5555555555555", "0.3333333333333333"},
            {"0x3fe5555555555555", "0.6666666666666666"},
            {"0x4341c37937e08000", "1e+16"},
            {"0x430c6bf526340000", "1000000000000000.0"},
            {"0x3ee4f8b588e368f1", "1e-05"},
            {"0x3f1a36e2eb1c432d", "0.0001"},
            {"0x42dc12218377de40", "123456789012345.0"},
            {"0x43118b54f22aeb00", "1234567890123456.0"},
            {"0x4345ee2a2eb5a5c4", "1.2345678901234568e+16"},
            {"0x43e56a95319d63e1", "1.2345678901234567e+19"},
            {"0x1", "5e-324"},
            {"0x2", "1e-323"},
            {"0x3", "1.5e-323"},
            {"0x10000000000000", "2.2250738585072014e-308"},
            {"0xfffffffffffff", "2.225073858507201e-308"},
            {"0x7fefffffffffffff", "1.7976931348623157e+308"},
            {"0x7fe1ccf385ebc8a0", "1e+308"},
            {"0x4480f0cf064dd592", "1e+22"},
            {"0x44b52d02c7e14af6", "1e+23"},
            {"0x4340000000000000", "9007199254740992.0"},
            {"0x4011666666666666", "4.35"},
            {"0x3fd3333333333334", "0.30000000000000004"},
            {"0x4059000000000000", "100.0"},
            {"0x54b249ad2594c37d", "1e+100"},
            {"0x3ff0000000000000", "1.0"},
            {"0xbff0000000000000", "-1.0"},
            {"0x8000000000000000", "-0.0"},
            {"0x0", "0.0"},
            {"0x400921fb54442d18", "3.141592653589793"},
            {"0x4005bf0a8b145769", "2.718281828459045"},
            {"0xbe90c6f7a0b5ed8d", "-2.5e-07"},
            {"0x3eff75104d551d69", "3e-05"},
            {"0x41b1de784a000000", "299792458.0"},
            {"0x44dfe185ca57c517", "6.02214076e+23"},
            {"0x3c07a4da290c1653", "1.602176634e-19"},
            {"0x7", "3.5e-323"},
            {"0x4000", "8.095e-320"},
            {"0x3fe0000000000000", "0.5"},
            {"0x3fd0000000000000", "0.25"},
            {"0x405edd2f1a9fbe77", "123.456"},
            {"0xbc36c60b75b99c35", "-1.23456e-18"},
            {"0x3e7ad7f29abcaf48", "1e-07"},
            {"0x447c7e83209e90b2", "8.41e+21"},
            {"0xb", "5.4e-323"},
            {"0x3fc2492492492492", "0.14285714285714285"},
            {"0x3ff6a09e667f3bcd", "1.4142135623730951"},
            {"0x43e0000000000000", "9.223372036854776e+18"},
            {"0x43f0000000000000", "1.8446744073709552e+19"},
            {"0x4341c37937e07fff", "9999999999999998.0"},
            {"0x3e080d43de9cc603", "7e-10"},
            {"0x1aa5beebf2d16d6", "1.23e-300"},
            {"0x4", "2e-323"},
            {"0x3f50624dd2f1a9fc", "0.001"},
            {"0x3f35d867c3ece2a5", "0.0003333333333333333"},
            {"0x416312d000000000", "10000000.0"},
            {"0x41678c29dccccccd", "12345678.9"},
            {"0x3f23a92a30553262", "0.00015000000000000001"},
            {"0x3ee9e0fcaf9380fc", "1.234e-05"},
            {"0x7ff0000000000000", "inf"},
            {"0xfff0000000000000", "-inf"},
            {"0x7ff8000000000000", "nan"},
            {"0x4341c304cd8df800", "9999000000000000.0"},
            {"0x9", "4.4e-323"},
            {"0xa", "5e-323"},
    };

    @Test
    void reprMatchesCPythonForATableOfValues() {
        for (String[] row : CPYTHON) {
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(row[0].substring(2), 16));
            assertEquals(row[1], FloatText.repr(v), row[0]);
            assertEquals(row[1], repr(f(v)));
        }
    }

    @Test
    void cornerCasesOfTheLayout() {
        assertEquals("1e+16", FloatText.repr(1e16));
        assertEquals("1e-05", FloatText.repr(1e-5));
        assertEquals("0.0001", FloatText.repr(0.0001));
        assertEquals("123456789012345.0", FloatText.repr(123456789012345.0));
        assertEquals("1.2345678901234567e+19", FloatText.repr(1.2345678901234567e19));
        assertEquals("inf", FloatText.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatText.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatText.repr(Double.NaN));
        assertEquals("nan", FloatText.repr(Double.longBitsToDouble(0xfff8000000000000L)));
        assertEquals("-0.0", FloatText.repr(-0.0));
        assertEquals("5e-324", FloatText.repr(Double.MIN_VALUE));
        assertEquals("-5e-324", FloatText.repr(-Double.MIN_VALUE));
        assertEquals("1e+300", FloatText.repr(1e300));
        assertEquals("1.5", Abstract.strJava(s, f(1.5)));
    }

    @Test
    void reprRoundTripsForRandomDoubles() {
        SplittableRandom random = new SplittableRandom(20240601);
        for (int k = 0; k < 100_000; k++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            String text = FloatText.repr(v);
            String javaSyntax = text.replace("inf", "Infinity");
            assertEquals(v, Double.parseDouble(javaSyntax), text);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(javaSyntax)), text);
        }
    }

    /** Differential: the same random doubles through python3, where the machine has it. */
    @Test
    @Timeout(60)
    void reprEqualsCPythonsForRandomDoubles() throws IOException, InterruptedException {
        Process p;
        try {
            // All input is read before any output is written, so neither side blocks on a full pipe.
            p = new ProcessBuilder("python3", "-c", "import sys, struct\n"
                    + "bits = sys.stdin.read().split()\n"
                    + "print('\\n'.join(repr(struct.unpack('<d', struct.pack('<Q', int(b, 16)))[0]) for b in bits))\n")
                    .redirectErrorStream(true).start();
        } catch (IOException absent) {
            assumeTrue(false, "python3 not found: differential float repr check skipped");
            return;
        }
        SplittableRandom random = new SplittableRandom(77);
        List<Double> values = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int k = 0; k < 20_000; k++) {
            long bits = switch (k % 4) {
                case 0 -> random.nextLong();
                case 1 -> random.nextLong(0x0010_0000_0000_0000L); // subnormal
                case 2 -> Double.doubleToRawLongBits(random.nextInt(-1_000_000, 1_000_000) / 1000.0);
                default -> Double.doubleToRawLongBits(Math.scalb(random.nextDouble(), random.nextInt(-70, 70)));
            };
            values.add(Double.longBitsToDouble(bits));
            input.append(Long.toHexString(bits)).append('\n');
        }
        try (OutputStream out = p.getOutputStream()) {
            out.write(input.toString().getBytes(StandardCharsets.US_ASCII));
        }
        String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).split("\n");
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(values.size(), lines.length);
        for (int k = 0; k < lines.length; k++) {
            assertEquals(lines[k], FloatText.repr(values.get(k)), Long.toHexString(Double.doubleToRawLongBits(values.get(k))));
        }
    }
}
