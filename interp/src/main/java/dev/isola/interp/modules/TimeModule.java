package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code time}: the clocks and {@code sleep}. {@code time()} is the wall clock (UTC seconds since
 * the epoch); {@code perf_counter()} and {@code monotonic()} share the JVM's monotonic
 * {@code System.nanoTime()}; {@code process_time()} is the CPU time of the whole process. Each
 * has an {@code _ns} twin returning an int of nanoseconds. {@code sleep()} waits in slices and
 * passes the interpreter's check point between them, so Ctrl-C interrupts it as in CPython.
 * Calendar functions ({@code strftime}, {@code localtime}, {@code gmtime}) are not here yet.
 */
final class TimeModule {
    private TimeModule() {}

    /** How long one slice of {@code sleep} waits before the interrupt check, in nanoseconds. */
    private static final long SLEEP_SLICE_NANOS = 50_000_000L;

    static ModuleDef def() {
        List<MethodDef> f = new ArrayList<>();
        clock(f, "time", TimeModule::wallNanos);
        clock(f, "perf_counter", System::nanoTime);
        clock(f, "monotonic", System::nanoTime);
        clock(f, "process_time", TimeModule::cpuNanos);
        f.add(new MethodDef("sleep", TimeModule::sleep));
        return new ModuleDef("time", List.copyOf(f), (interp, module, dict) -> {
        });
    }

    private interface Clock {
        long nanos();
    }

    /** {@code name()} in float seconds and {@code name_ns()} in int nanoseconds. */
    private static void clock(List<MethodDef> into, String name, Clock c) {
        into.add(new MethodDef(name, (s, m, args, kw) -> {
            Args.none(s, "time." + name, args, kw);
            return FloatType.fromDouble(s, c.nanos() / 1e9);
        }));
        into.add(new MethodDef(name + "_ns", (s, m, args, kw) -> {
            Args.none(s, "time." + name + "_ns", args, kw);
            return IntType.fromLong(s, c.nanos());
        }));
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (bean instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    private static long sleep(ObjectState s, long module, long args, long kwargs) {
        long arg = Args.one(s, "time.sleep", args, kwargs);
        long nanos;
        if (FloatType.check(s, arg)) {
            double secs = FloatType.value(arg);
            if (Double.isNaN(secs)) {
                throw Errors.valueError(s, "Invalid value NaN (not a number)");
            }
            if (secs < 0) {
                throw Errors.valueError(s, "sleep length must be non-negative");
            }
            if (secs * 1e9 >= 0x1p63) {
                throw Errors.overflowError(s, "timestamp out of range for platform time_t");
            }
            nanos = (long) Math.ceil(secs * 1e9);
        } else {
            long i = Abstract.index(s, arg);
            try {
                if (IntType.signum(i) < 0) {
                    throw Errors.valueError(s, "sleep length must be non-negative");
                }
                if (!IntType.fitsLong(i) || IntType.longValue(i) > Long.MAX_VALUE / 1_000_000_000L) {
                    throw Errors.overflowError(s, "timestamp too large to convert to C _PyTime_t");
                }
                nanos = IntType.longValue(i) * 1_000_000_000L;
            } finally {
                Objects.decref(s, i);
            }
        }
        InterpreterState interp = InterpreterState.of(s);
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            long slice = Math.min(left, SLEEP_SLICE_NANOS);
            // Other threads of the interpreter run while this one sleeps.
            boolean interrupted = interp.blocking(() -> {
                try {
                    Thread.sleep(slice / 1_000_000L, (int) (slice % 1_000_000L));
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            });
            if (interrupted) {
                break;
            }
            interp.checkPoint();
        }
        return Objects.newRef(s.space().none());
    }
}
