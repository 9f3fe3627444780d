package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code time}: the clocks and {@code sleep}. {@code time()} is the wall clock (UTC seconds since
 * the epoch); {@code perf_counter()} and {@code monotonic()} share the JVM's monotonic
 * {@code System.nanoTime()}; {@code process_time()} is the CPU time of the whole process. Each
 * has an {@code _ns} twin returning an int of nanoseconds. {@code sleep()} waits in slices and
 * passes the interpreter's check point between them, so Ctrl-C interrupts it as in CPython.
 *
 * <p>The module is {@code _time}: the standard library's {@code time.py} takes these clocks as
 * they are and builds the calendar functions ({@code struct_time}, {@code localtime},
 * {@code gmtime}, {@code mktime}, {@code strftime}, {@code strptime}) on the primitives here,
 * which read the JVM's time-zone rules (the {@code TZ} environment variable, as C's do).
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
        f.add(new MethodDef("_broken_down", TimeModule::brokenDown));
        f.add(new MethodDef("_mktime", TimeModule::mktime));
        f.add(new MethodDef("_zone", TimeModule::zone));
        return new ModuleDef("_time", List.copyOf(f), (interp, module, dict) -> {
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

    /**
     * {@code _broken_down(seconds, local)}: the calendar fields of an instant, UTC or in the local
     * zone, as {@code (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)} with
     * CPython's conventions (wday 0 = Monday, yday from 1). OverflowError past year 1…9999's
     * reach, as C's {@code localtime} fails there.
     */
    private static long brokenDown(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "_broken_down", args, kwargs, 2, 2);
        double secs = FloatType.check(s, a[0]) ? FloatType.value(a[0]) : (double) Args.ssize(s, a[0]);
        if (Double.isNaN(secs)) {
            throw Errors.valueError(s, "Invalid value NaN (not a number)");
        }
        long whole = (long) Math.floor(secs);
        if (Double.isInfinite(secs) || Math.abs(secs) > 253402300800.0 * 2) {
            throw Errors.overflowError(s, "timestamp out of range for platform time_t");
        }
        java.time.ZoneId zone = Abstract.isTrue(s, a[1]) ? java.time.ZoneId.systemDefault() : java.time.ZoneOffset.UTC;
        Instant instant = Instant.ofEpochSecond(whole);
        java.time.ZonedDateTime t = instant.atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(instant);
        String name = zone instanceof java.time.ZoneOffset ? "UTC"
                : java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US).format(t);
        long[] items = {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                t.getDayOfWeek().getValue() - 1, t.getDayOfYear(), dst ? 1 : 0};
        long tuple = TupleType.allocate(s, 11);
        for (int i = 0; i < items.length; i++) {
            TupleType.initItem(s, tuple, i, IntType.fromLong(s, items[i]));
        }
        TupleType.initItem(s, tuple, 9, StrType.fromJava(s, name));
        TupleType.initItem(s, tuple, 10, IntType.fromLong(s, t.getOffset().getTotalSeconds()));
        return tuple;
    }

    /**
     * {@code _mktime(year, mon, mday, hour, min, sec, isdst)}: local time to seconds since the
     * epoch, fields out of range carried over as C's {@code mktime} does (month 13 is January
     * of the next year); {@code isdst} 0 or 1 picks the offset of an ambiguous local time.
     */
    private static long mktime(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "_mktime", args, kwargs, 7, 7);
        long[] v = new long[7];
        for (int i = 0; i < 7; i++) {
            v[i] = Args.ssize(s, a[i]);
        }
        try {
            java.time.LocalDateTime t = java.time.LocalDateTime.of((int) v[0], 1, 1, 0, 0)
                    .plusMonths(v[1] - 1).plusDays(v[2] - 1).plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5]);
            java.time.ZoneId zone = java.time.ZoneId.systemDefault();
            java.util.List<java.time.ZoneOffset> offsets = zone.getRules().getValidOffsets(t);
            java.time.ZonedDateTime z = java.time.ZonedDateTime.ofLocal(t, zone, null);
            if (offsets.size() == 2 && v[6] == 0) {
                z = z.withLaterOffsetAtOverlap();
            }
            return FloatType.fromDouble(s, (double) z.toEpochSecond());
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Errors.overflowError(s, "mktime argument out of range");
        }
    }

    /**
     * {@code _zone()}: {@code (timezone, altzone, daylight, stdname, dstname)} of the local zone
     * this year, as C's {@code tzset} leaves them (offsets in seconds west of UTC).
     */
    private static long zone(ObjectState s, long module, long args, long kwargs) {
        Args.none(s, "_zone", args, kwargs);
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        var rules = zone.getRules();
        int year = java.time.Year.now(zone).getValue();
        Instant jan = java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant jul = java.time.LocalDate.of(year, 7, 1).atStartOfDay(zone).toInstant();
        Instant std = rules.isDaylightSavings(jan) ? jul : jan;
        Instant dst = rules.isDaylightSavings(jan) ? jan : jul;
        boolean daylight = rules.isDaylightSavings(dst);
        var names = java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US);
        String stdName = zone instanceof java.time.ZoneOffset ? "UTC" : names.format(std.atZone(zone));
        String dstName = zone instanceof java.time.ZoneOffset ? "UTC" : names.format(dst.atZone(zone));
        long tuple = TupleType.allocate(s, 5);
        TupleType.initItem(s, tuple, 0, IntType.fromLong(s, -rules.getOffset(std).getTotalSeconds()));
        TupleType.initItem(s, tuple, 1, IntType.fromLong(s, -rules.getOffset(dst).getTotalSeconds()));
        TupleType.initItem(s, tuple, 2, IntType.fromLong(s, daylight ? 1 : 0));
        TupleType.initItem(s, tuple, 3, StrType.fromJava(s, stdName));
        TupleType.initItem(s, tuple, 4, StrType.fromJava(s, daylight ? dstName : stdName));
        return tuple;
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
