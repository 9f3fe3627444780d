package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.isola.natives.Stdlib;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Memory}'s two access paths give the same bytes: the {@code jdk.internal.misc.Unsafe}
 * one the tests run with (they pass {@code --add-exports}), and the memory-segment one a JVM
 * without that export (or with {@code -Disola.memory.unsafe=false}) falls back to.
 */
class MemoryAccessPathsTest {
    /** Writes every width at unaligned addresses and reads it back; prints the path and the result. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("unsafe=" + Memory.usesUnsafe());
            System.out.println("roundTrip=" + roundTrip());
        }
    }

    static String roundTrip() {
        long block = Stdlib.malloc(64);
        try {
            Memory.fill(block, 64, (byte) 0);
            Memory.putLong(block + 1, 0x0102030405060708L);
            Memory.putInt(block + 11, 0xCAFEBABE);
            Memory.putShort(block + 17, (short) -2);
            Memory.putByte(block + 20, (byte) 0x7F);
            Memory.putDouble(block + 23, -0.1);
            boolean ok = Memory.getLong(block + 1) == 0x0102030405060708L
                    && Memory.getByte(block + 1) == 0x08 // native order is little-endian here
                    && Memory.getInt(block + 11) == 0xCAFEBABE
                    && Memory.getShort(block + 17) == -2
                    && Memory.getByte(block + 20) == 0x7F
                    && Memory.getDouble(block + 23) == -0.1
                    && Memory.getByte(block) == 0 && Memory.getByte(block + 9) == 0
                    && Memory.findNot(block + 31, 33, (byte) 0) == -1;
            return ok ? "ok" : "mismatch";
        } finally {
            Stdlib.free(block);
        }
    }

    @Test
    void theTestsRunOnTheUnsafePathAndItRoundTrips() {
        assertTrue(Memory.usesUnsafe(), "the surefire argLine exports jdk.internal.misc");
        assertEquals("ok", roundTrip());
    }

    @Test
    void withoutTheExportTheSegmentPathIsUsedAndGivesTheSameBytes() throws Exception {
        assertEquals(List.of("unsafe=false", "roundTrip=ok"), probe());
    }

    @Test
    void thePropertyTurnsTheUnsafePathOff() throws Exception {
        assertEquals(List.of("unsafe=false", "roundTrip=ok"),
                probe("--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED", "-Disola.memory.unsafe=false"));
    }

    private static String codeSource(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static List<String> probe(String... flags) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = String.join(File.pathSeparator, codeSource(Memory.class), codeSource(Stdlib.class),
                codeSource(Probe.class));
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(flags));
        command.addAll(List.of("-cp", classPath, Probe.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) { // two lines fit in the pipe
            child.destroyForcibly();
            fail("the child JVM did not finish in 60 s");
        }
        String text = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), text);
        return text.lines().toList();
    }
}
