package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.BytesType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code _subprocess}: runs a child process to completion for the standard library's
 * {@code subprocess.py}, over {@link ProcessBuilder}. Its output is collected (to return, or to
 * be written to the caller's {@code sys.stdout}/{@code sys.stderr} by the Python side, so it lands
 * in order with what Python printed). The interpreter's lock is released while the child runs.
 * An interpreter whose config does not allow exec ({@code isolated()}) may not start children.
 */
final class SubprocessModule {
    private SubprocessModule() {}

    static ModuleDef def() {
        return new ModuleDef("_subprocess", List.of(new MethodDef("run", SubprocessModule::run)),
                (interp, module, dict) -> { });
    }

    private static List<String> strings(ObjectState s, long list) {
        List<String> out = new ArrayList<>();
        for (long i = 0; i < ListType.size(list); i++) {
            long item = ListType.getItem(list, i);
            if (!StrType.check(item)) {
                throw Errors.typeError(s, "expected str, bytes or os.PathLike object, not " + Objects.typeNameOf(item));
            }
            out.add(StrType.toJava(item));
        }
        return out;
    }

    /**
     * {@code run(argv, cwd, env, input, stderr_to_stdout, timeout)}: {@code (returncode, stdout,
     * stderr)} as bytes; returncode None when the timeout passed (the child is killed then);
     * FileNotFoundError/PermissionError when the program cannot be started.
     */
    private static long run(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "run", args, kwargs, 6, 6);
        if (!ListType.check(a[0])) {
            throw Errors.typeError(s, "argv must be a list");
        }
        List<String> argv = strings(s, a[0]);
        if (argv.isEmpty()) {
            throw Errors.valueError(s, "empty argument list");
        }
        InterpreterState interp = InterpreterState.of(s);
        if (!interp.config().allowExec()) {
            // CPython's _posixsubprocess refuses the same way when the config disallows exec.
            throw Errors.raise(s, dev.isola.objects.BuiltinType.RUNTIME_ERROR,
                    "exec not supported for isolated subinterpreters");
        }
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.directory((a[1] == s.space().none() ? interp.workingDirectory()
                : interp.resolvePath(StrType.toJava(a[1]))).toFile());
        if (a[2] != s.space().none()) {
            Map<String, String> env = pb.environment();
            env.clear();
            long[] cursor = new long[3];
            while (DictType.next(a[2], cursor)) {
                if (StrType.check(cursor[1]) && StrType.check(cursor[2])) {
                    env.put(StrType.toJava(cursor[1]), StrType.toJava(cursor[2]));
                }
            }
        }
        byte[] input = a[3] == s.space().none() ? null : BytesType.toArray(a[3]);
        boolean merge = a[4] == s.space().trueObject();
        pb.redirectErrorStream(merge);
        double timeout = a[5] == s.space().none() ? -1 : FloatType.check(s, a[5]) ? FloatType.value(a[5])
                : Args.ssize(s, a[5]);
        Object[] result = interp.blocking(() -> {
            try {
                Process p = pb.start();
                Thread feeder = Thread.ofPlatform().start(() -> {
                    try (var in = p.getOutputStream()) {
                        if (input != null) {
                            in.write(input);
                        }
                    } catch (IOException ignored) {
                        // the child closed its stdin early: as CPython, ignore a broken pipe
                    }
                });
                byte[][] err = new byte[1][];
                Thread errReader = merge ? null : Thread.ofPlatform().start(() -> err[0] = readAll(p.getErrorStream()));
                byte[][] out = new byte[1][];
                Thread outReader = Thread.ofPlatform().start(() -> out[0] = readAll(p.getInputStream()));
                boolean done = timeout < 0 ? waitFor(p) : p.waitFor((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
                if (!done) {
                    p.destroyForcibly();
                    p.waitFor();
                }
                outReader.join();
                if (errReader != null) {
                    errReader.join();
                }
                feeder.join();
                return new Object[] {done ? p.exitValue() : null, out[0], err[0]};
            } catch (IOException e) {
                return new Object[] {e};
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Object[] {new IOException("interrupted")};
            }
        });
        if (result.length == 1) {
            String msg = ((IOException) result[0]).getMessage();
            boolean denied = msg != null && msg.contains("error=13");
            throw OsErrors.raise(s, denied ? 13 : 2, argv.get(0));
        }
        long code = result[0] == null ? Objects.newRef(s.space().none()) : IntType.fromLong(s, (Integer) result[0]);
        long out = BytesType.fromBytes(s, (byte[]) result[1]);
        long err = result[2] == null ? Objects.newRef(s.space().none()) : BytesType.fromBytes(s, (byte[]) result[2]);
        try {
            return TupleType.pack(s, code, out, err);
        } finally {
            Objects.decref(s, code);
            Objects.decref(s, out);
            Objects.decref(s, err);
        }
    }

    private static boolean waitFor(Process p) throws InterruptedException {
        p.waitFor();
        return true;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
