package dev.isola.interp.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isola.interp.cli.Runner;
import org.junit.jupiter.api.Test;

/**
 * Python threads of one interpreter share its lock fairly: CPU-bound threads all make progress
 * while the others run (switching at check points), a sleeping thread lets the others run, and
 * the interpreter joins non-daemon threads before it closes. The outputs asserted here do not
 * depend on timing; the fairness check only asks that every thread moved at all.
 */
class PythonThreadsTest extends ModuleTestSupport {
    @Test
    void cpuBoundThreadsAllProgressWhileTheOthersRun() {
        String source = """
                import threading, sys
                sys.setswitchinterval(0.0005)
                counts = [0, 0, 0]
                stop = False
                started = threading.Barrier(4)
                def spin(i):
                    started.wait()
                    while not stop:
                        counts[i] += 1
                ts = [threading.Thread(target=spin, args=(i,)) for i in range(3)]
                for t in ts: t.start()
                started.wait()
                # Wait until every spinner has moved while all of them were running.
                while min(counts) < 1000:
                    pass
                stop = True
                for t in ts: t.join()
                print(all(c >= 1000 for c in counts), threading.active_count())
                """;
        assertEquals(0, Runner.runMain(interp, source, "spin.py"), stderr());
        assertEquals("True 1\n", stdout());
    }

    @Test
    void sleepReleasesTheLockSoOthersRun() {
        String source = """
                import threading, time
                log = []
                def sleeper():
                    log.append('sleeping')
                    time.sleep(0.05)
                    log.append('woke')
                def busy():
                    while 'sleeping' not in log:
                        pass
                    log.append('busy ran while the other slept')
                a = threading.Thread(target=sleeper); b = threading.Thread(target=busy)
                a.start(); b.start(); a.join(); b.join()
                print(log)
                """;
        assertEquals(0, Runner.runMain(interp, source, "sleep.py"), stderr());
        assertEquals("['sleeping', 'busy ran while the other slept', 'woke']\n", stdout());
    }

    @Test
    void nonDaemonThreadsAreJoinedBeforeTheInterpreterCloses() {
        String source = """
                import threading, time
                def late():
                    time.sleep(0.05)
                    print('late thread finished')
                threading.Thread(target=late).start()
                print('main done')
                """;
        assertEquals(0, Runner.runMain(interp, source, "late.py"), stderr());
        interp.close();
        assertEquals("main done\nlate thread finished\n", stdout());
        assertTrue(stderr().isEmpty(), stderr());
    }
}
