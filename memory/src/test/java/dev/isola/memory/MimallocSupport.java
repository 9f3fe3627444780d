package dev.isola.memory;

import static org.junit.jupiter.api.Assertions.fail;

import dev.isola.natives.Mimalloc;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a test that needs mimalloc may run: skipped, with {@link Mimalloc#unavailableReason()},
 * when the library is absent — unless {@code -Disola.requireMimalloc=true} (CI), where absence is
 * a failure. The native module's tests hold a copy of this class (test classes are not shared
 * between modules).
 */
final class MimallocSupport {
    private MimallocSupport() {}

    static void assumeAvailable() {
        if (Mimalloc.isAvailable()) {
            return;
        }
        String reason = Mimalloc.unavailableReason();
        if ("true".equals(System.getProperty("isola.requireMimalloc"))) {
            fail("mimalloc is required (-Disola.requireMimalloc=true) but unavailable: " + reason);
        }
        Assumptions.abort("mimalloc unavailable: " + reason);
    }
}
