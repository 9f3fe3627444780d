package dev.isola.interp.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile a method of more than 8,000 bytes of bytecode
 * ({@code -XX:HugeMethodLimit}); an interpreted eval loop would be ten times slower. This test
 * reads the compiled dispatch methods with the class-file API and keeps them under the limit.
 */
class EvalLoopSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    private static int codeLength(Class<?> owner, String method) throws IOException {
        try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + ".class")) {
            ClassModel model = ClassFile.of().parse(in.readAllBytes());
            for (MethodModel m : model.methods()) {
                if (m.methodName().equalsString(method)) {
                    return m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength)
                            .orElseThrow();
                }
            }
        }
        throw new AssertionError(owner.getName() + "." + method + " not found");
    }

    @Test
    void dispatchLoopIsBelowTheCompileLimit() throws IOException {
        int size = codeLength(Eval.class, "run");
        assertTrue(size > 500, "Eval.run is suspiciously small (" + size + " bytes): is it the dispatch loop?");
        assertTrue(size < HUGE_METHOD_LIMIT, "Eval.run is " + size + " bytes of bytecode; HotSpot compiles only "
                + "methods below " + HUGE_METHOD_LIMIT + ": move slow paths out of the switch");
    }

    @Test
    void secondaryDispatchIsBelowTheCompileLimit() throws IOException {
        int size = codeLength(Ops.class, "execute");
        assertTrue(size < HUGE_METHOD_LIMIT, "Ops.execute is " + size + " bytes of bytecode");
    }
}
