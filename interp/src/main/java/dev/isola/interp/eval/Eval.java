package dev.isola.interp.eval;

import static dev.isola.interp.compile.Opcode.*;

import dev.isola.interp.runtime.ThreadState;
import dev.isola.objects.Abstract;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;

/**
 * The eval loop: runs one frame of bytecode (see {@link dev.isola.interp.compile.Opcode}).
 *
 * <p>A frame is a slice of a {@code long[]} chunk (layout in {@link LoadedCode}); the value
 * stack holds owned references and grows upward from {@code stackBase}. {@link #run} keeps
 * {@code pc} and {@code sp} in locals; every case is a few lines, with slow paths in
 * {@link Ops}, so that {@code run} stays under HotSpot's 8,000-byte limit for compiling a
 * method (a test checks it).
 *
 * <p>A slot is written only after the value for it exists ({@code v = …; f[sp++] = v}, never
 * {@code f[sp++] = call()}): when a call throws, the unwinder releases every slot below
 * {@code sp}, and a slot claimed before the call would hold a stale address.
 *
 * <p>Exceptions: a {@link PyException} thrown by any instruction is caught once per frame, gets
 * this frame's traceback entry, and either lands on the handler the exception table names (the
 * value stack cut to the entry's depth, the exception pushed) or unwinds: the value stack is
 * released and the exception propagates. Nothing runs on entering a {@code try}.
 *
 * <p>Generators run the same loop on a frame of their own; {@code YIELD_VALUE} returns from
 * {@code run} with the generator's {@code pc} and {@code sp} saved in it. A generator resumed by
 * {@code throw()} or {@code close()} carries a pending exception, raised at the instruction
 * before {@code pc} (the yield) before anything runs.
 */
public final class Eval {
    private Eval() {
    }

    /**
     * Runs the frame at {@code f[base]} from instruction {@code pc} with value-stack top
     * {@code sp} (an absolute index) until it returns or yields; returns a new reference.
     */
    static long run(ThreadState ts, LoadedCode c, long[] f, int base, int pc, int sp, Generator gen) {
        final ObjectState s = ts.interp().objects();
        final int[] code = c.instrs;
        final long[] consts = c.consts;
        final int fast = base + LoadedCode.HEADER;
        final int stackBase = fast + c.nlocals + c.ncells + c.nfree;
        for (;;) {
            try {
                if (gen != null && gen.hasPending()) {
                    throw gen.takePending();
                }
                for (;;) {
                    int w = code[pc++];
                    int arg = w >>> 8;
                    switch (w & 0xFF) {
                        case NOP -> { }
                        case POP_TOP -> Objects.decref(s, f[--sp]);
                        case PUSH_NULL -> f[sp++] = 0;
                        case COPY -> {
                            long v = f[sp - arg];
                            Objects.incref(v);
                            f[sp++] = v;
                        }
                        case SWAP -> {
                            long v = f[sp - 1];
                            f[sp - 1] = f[sp - arg];
                            f[sp - arg] = v;
                        }
                        case LOAD_CONST -> {
                            long v = consts[arg];
                            Objects.incref(v);
                            f[sp++] = v;
                        }
                        case LOAD_FAST -> {
                            long v = f[fast + arg];
                            if (v == 0) {
                                throw Ops.unboundLocal(s, c, arg);
                            }
                            Objects.incref(v);
                            f[sp++] = v;
                        }
                        case STORE_FAST -> {
                            long old = f[fast + arg];
                            f[fast + arg] = f[--sp];
                            Objects.xdecref(s, old);
                        }
                        case LOAD_GLOBAL -> {
                            long v = Ops.loadGlobalCached(s, c, f[base], arg, pc - 1);
                            f[sp++] = v;
                        }
                        case LOAD_ATTR -> {
                            long o = f[sp - 1];
                            f[sp - 1] = Ops.loadAttr(s, c, o, arg, pc - 1);
                            Objects.decref(s, o);
                        }
                        case LOAD_METHOD -> sp = Ops.loadMethod(s, c, f, sp, arg, pc - 1);
                        case CALL -> {
                            f[base + LoadedCode.PC] = pc;
                            sp = Calls.callFromStack(ts, f, sp, arg, 0);
                        }
                        case CALL_KW -> {
                            f[base + LoadedCode.PC] = pc;
                            long kwnames = f[--sp];
                            f[sp] = 0;
                            sp = Calls.callFromStack(ts, f, sp, arg, kwnames);
                        }
                        case BINARY_OP -> {
                            long a = f[sp - 2];
                            long b = f[sp - 1];
                            long r = Ops.binary(s, a, b, arg);
                            f[sp - 2] = r;
                            f[--sp] = 0;
                            Objects.decref(s, a);
                            Objects.decref(s, b);
                        }
                        case COMPARE_OP -> {
                            long a = f[sp - 2];
                            long b = f[sp - 1];
                            long r = Ops.compare(s, a, b, arg);
                            f[sp - 2] = r;
                            f[--sp] = 0;
                            Objects.decref(s, a);
                            Objects.decref(s, b);
                        }
                        case BINARY_SUBSCR -> {
                            long o = f[sp - 2];
                            long k = f[sp - 1];
                            long r = Abstract.getItem(s, o, k);
                            f[sp - 2] = r;
                            f[--sp] = 0;
                            Objects.decref(s, o);
                            Objects.decref(s, k);
                        }
                        case JUMP -> {
                            if (arg < pc) {
                                Ops.checkPoint(ts);
                            }
                            pc = arg;
                        }
                        case POP_JUMP_IF_FALSE -> {
                            if (!Ops.truth(s, f[--sp])) {
                                pc = arg;
                            }
                        }
                        case POP_JUMP_IF_TRUE -> {
                            if (Ops.truth(s, f[--sp])) {
                                pc = arg;
                            }
                        }
                        case FOR_ITER -> {
                            long v = Ops.next(s, f[sp - 1]);
                            if (v != 0) {
                                f[sp++] = v;
                            } else {
                                Objects.decref(s, f[--sp]);
                                pc = arg;
                            }
                        }
                        case RETURN_VALUE -> {
                            long v = f[--sp];
                            Ops.clearStack(s, f, stackBase, sp);
                            if (gen != null) {
                                gen.finish();
                            }
                            return v;
                        }
                        case YIELD_VALUE -> {
                            gen.suspend(pc, sp - 1);
                            return f[--sp];
                        }
                        case LOAD_NAME -> {
                            long v = Ops.loadName(s, c, f, base, arg);
                            f[sp++] = v;
                        }
                        case STORE_NAME -> {
                            Ops.storeName(s, c, f, base, arg, f[--sp]);
                        }
                        default -> {
                            long r = Ops.execute(ts, c, f, base, sp, w, pc);
                            sp = (int) r;
                            pc = (int) (r >>> 32);
                        }
                    }
                }
            } catch (PyException e) {
                int entry = Ops.unwind(ts, c, f, pc - 1, stackBase, sp, e);
                int[] table = c.code.exceptionTable();
                sp = stackBase + table[entry + 3];
                f[sp++] = e.take();
                pc = table[entry + 2];
            }
        }
    }
}
