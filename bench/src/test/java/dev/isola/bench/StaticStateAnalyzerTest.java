package dev.isola.bench;

import static java.lang.classfile.ClassFile.ACC_ABSTRACT;
import static java.lang.classfile.ClassFile.ACC_ENUM;
import static java.lang.classfile.ClassFile.ACC_FINAL;
import static java.lang.classfile.ClassFile.ACC_INTERFACE;
import static java.lang.classfile.ClassFile.ACC_PUBLIC;
import static java.lang.classfile.ClassFile.ACC_STATIC;
import static java.lang.classfile.ClassFile.ACC_SYNTHETIC;
import static java.lang.constant.ConstantDescs.CD_Enum;
import static java.lang.constant.ConstantDescs.CLASS_INIT_NAME;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;
import static java.lang.constant.ConstantDescs.CD_MethodHandle;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_char;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.Label;
import java.lang.classfile.Signature;
import java.lang.classfile.attribute.PermittedSubclassesAttribute;
import java.lang.classfile.attribute.SignatureAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link StaticStateAnalyzer} catches each kind of mutable static state and lets
 * immutable state pass: classes built in memory with {@code java.lang.classfile}, plus real
 * javac output for the enum shapes the compiler decorates with synthetic fields.
 */
class StaticStateAnalyzerTest {
    private static final int STATIC_FINAL = ACC_PUBLIC | ACC_STATIC | ACC_FINAL;

    @Test
    void reportsExactlyTheMutableStaticFields() {
        StaticStateAnalyzer analyzer = new StaticStateAnalyzer(List.of(
                type("t.Globals", ACC_PUBLIC | ACC_FINAL, cb -> cb
                        .withField("counter", CD_int, ACC_STATIC)
                        .withField("TABLE", CD_int.arrayType(), STATIC_FINAL)
                        .withField("NAMES", ClassDesc.of("java.util.List"), STATIC_FINAL)
                        .withField("GREETING", CD_String, STATIC_FINAL)
                        .withField("$cache", CD_int.arrayType(), ACC_STATIC | ACC_SYNTHETIC)
                        .withField("instanceCount", CD_int, 0)
                        .withField("HANDLE", CD_MethodHandle, STATIC_FINAL)
                        .withField("SEGMENT", ClassDesc.of("java.lang.foreign.MemorySegment"), STATIC_FINAL)
                        .withField("OPTIONAL", ClassDesc.of("java.util.Optional"), STATIC_FINAL)
                        .withField("POINT", ClassDesc.of("t.Point"), STATIC_FINAL)
                        .withField("BOX", ClassDesc.of("t.Box"), STATIC_FINAL)
                        .withField("SHAPE", ClassDesc.of("t.Shape"), STATIC_FINAL)
                        .withField("EXPR", ClassDesc.of("t.Expr"), STATIC_FINAL)
                        .withField("BASE", ClassDesc.of("t.Base"), STATIC_FINAL)
                        .withField("SUB", ClassDesc.of("t.Sub"), STATIC_FINAL)
                        .withField("BAD_SUB", ClassDesc.of("t.BadSub"), STATIC_FINAL)
                        .withField("COLOR", ClassDesc.of("t.Color"), STATIC_FINAL)
                        .withField("A", ClassDesc.of("t.A"), STATIC_FINAL)),
                // Final, final fields of immutable types: immutable.
                type("t.Point", ACC_FINAL, cb -> cb
                        .withField("x", CD_int, ACC_FINAL)
                        .withField("label", CD_String, ACC_FINAL)
                        .withField("ORIGIN", ClassDesc.of("t.Point"), STATIC_FINAL)),
                type("t.Box", ACC_FINAL, cb -> cb.withField("value", CD_int, 0)),
                type("t.Shape", ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, cb -> {}),
                // Sealed interface over two final classes, one referring back to it.
                type("t.Expr", ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, cb -> cb
                        .with(PermittedSubclassesAttribute.ofSymbols(ClassDesc.of("t.Lit"), ClassDesc.of("t.Neg")))),
                type("t.Lit", ACC_FINAL, cb -> cb.withInterfaceSymbols(ClassDesc.of("t.Expr"))
                        .withField("value", CD_long, ACC_FINAL)),
                type("t.Neg", ACC_FINAL, cb -> cb.withInterfaceSymbols(ClassDesc.of("t.Expr"))
                        .withField("operand", ClassDesc.of("t.Expr"), ACC_FINAL)),
                // Not final: a subclass may add state. Its final subclass with final fields passes.
                type("t.Base", ACC_PUBLIC, cb -> cb.withField("id", CD_int, ACC_FINAL)),
                type("t.Sub", ACC_FINAL, cb -> cb.withSuperclass(ClassDesc.of("t.Base"))
                        .withField("name", CD_String, ACC_FINAL)),
                type("t.MutableBase", ACC_PUBLIC, cb -> cb.withField("hits", CD_int, 0)),
                type("t.BadSub", ACC_FINAL, cb -> cb.withSuperclass(ClassDesc.of("t.MutableBase"))),
                type("t.Color", ACC_PUBLIC | ACC_FINAL | ACC_ENUM, cb -> cb.withSuperclass(CD_Enum)
                        .withField("code", CD_char, ACC_FINAL)
                        .withField("RED", ClassDesc.of("t.Color"), STATIC_FINAL | ACC_ENUM)),
                // A cycle whose second half holds a counter: both halves are mutable.
                type("t.A", ACC_FINAL, cb -> cb.withField("b", ClassDesc.of("t.B"), ACC_FINAL)),
                type("t.B", ACC_FINAL, cb -> cb
                        .withField("a", ClassDesc.of("t.A"), ACC_FINAL)
                        .withField("count", CD_int, 0))));

        assertEquals(List.of(
                        "t.Globals.A: final static field of mutable type t.A"
                                + " (t.A.b has mutable type t.B: t.B.count is not final)",
                        "t.Globals.BAD_SUB: final static field of mutable type t.BadSub"
                                + " (t.MutableBase.hits is not final)",
                        "t.Globals.BASE: final static field of mutable type t.Base"
                                + " (t.Base is not final: a subclass may add state)",
                        "t.Globals.BOX: final static field of mutable type t.Box (t.Box.value is not final)",
                        "t.Globals.NAMES: final static field of mutable type java.util.List",
                        "t.Globals.OPTIONAL: final static field of mutable type java.util.Optional",
                        "t.Globals.SEGMENT: final static field of mutable type java.lang.foreign.MemorySegment",
                        "t.Globals.SHAPE: final static field of mutable type t.Shape"
                                + " (t.Shape is an interface: any implementation may hold state)",
                        "t.Globals.TABLE: final static field of mutable type int[]",
                        "t.Globals.counter: non-final static field of type int"),
                messages(analyzer));
    }

    @Test
    void trustsOnlyInitialisersThatProvablyStoreImmutableValues() {
        ClassDesc holder = ClassDesc.of("t.Holder");
        ClassDesc shape = ClassDesc.of("t.Shape");
        ClassDesc stateless = ClassDesc.of("t.Shape$1");
        ClassDesc counter = ClassDesc.of("t.Counter");
        ClassDesc list = ClassDesc.of("java.util.List");
        MethodTypeDesc listOf = MethodTypeDesc.of(list, CD_Object);
        StaticStateAnalyzer analyzer = new StaticStateAnalyzer(List.of(
                type("t.Holder", ACC_PUBLIC | ACC_FINAL, cb -> cb
                        .withField("NONE", shape, STATIC_FINAL)
                        .withField("COUNTING", shape, STATIC_FINAL)
                        .withField("EITHER", shape, STATIC_FINAL)
                        .withField("KINDS", list, field -> field.withFlags(STATIC_FINAL)
                                .with(signature("Ljava/util/List<Ljava/lang/String;>;")))
                        .withField("RAW", list, STATIC_FINAL)
                        .withField("BOXES", list, field -> field.withFlags(STATIC_FINAL)
                                .with(signature("Ljava/util/List<Lt/Counter;>;")))
                        .withMethodBody(CLASS_INIT_NAME, MTD_void, ACC_STATIC, code -> {
                            Label other = code.newLabel();
                            Label store = code.newLabel();
                            code.new_(stateless).dup().invokespecial(stateless, INIT_NAME, MTD_void)
                                    .putstatic(holder, "NONE", shape)
                                    .new_(counter).dup().invokespecial(counter, INIT_NAME, MTD_void)
                                    .putstatic(holder, "COUNTING", shape)
                                    // EITHER = flag ? COUNTING : new Shape$1(): two paths meet at the store.
                                    .iconst_0().ifeq(other)
                                    .getstatic(holder, "COUNTING", shape).goto_(store)
                                    .labelBinding(other)
                                    .new_(stateless).dup().invokespecial(stateless, INIT_NAME, MTD_void)
                                    .labelBinding(store)
                                    .putstatic(holder, "EITHER", shape)
                                    .ldc("arena").invokestatic(list, "of", listOf, true)
                                    .putstatic(holder, "KINDS", list)
                                    .ldc("arena").invokestatic(list, "of", listOf, true)
                                    .putstatic(holder, "RAW", list)
                                    .aconst_null().invokestatic(list, "of", listOf, true)
                                    .putstatic(holder, "BOXES", list)
                                    .return_();
                        })),
                type("t.Shape", ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, cb -> {}),
                type("t.Shape$1", 0, cb -> cb.withInterfaceSymbols(shape)),
                type("t.Counter", 0, cb -> cb.withInterfaceSymbols(shape).withField("count", CD_int, 0))));
        String interfaceWhy = " (t.Shape is an interface: any implementation may hold state)";

        assertEquals(List.of(
                        "t.Holder.BOXES: final static field of mutable type java.util.List",
                        "t.Holder.COUNTING: final static field of mutable type t.Shape" + interfaceWhy,
                        "t.Holder.EITHER: final static field of mutable type t.Shape" + interfaceWhy,
                        "t.Holder.RAW: final static field of mutable type java.util.List"),
                messages(analyzer));
    }

    /** Real javac output: constants whose declared types are mutable but whose values may not be. */
    static final class Constants {
        static final Runnable NOOP = () -> {};
        static final Supplier<String> NAME = Constants::name;
        static final Supplier<String> OUT = System.out::toString;
        static final List<String> NAMES = List.of("arena", "mimalloc");
        static final Map<String, Integer> CODES = Map.of("r", 1, "m", 2);
        static final List<StringBuilder> BUILDERS = List.of(new StringBuilder());
        static final Comparator<String> BY_LENGTH = new Comparator<>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        };

        private static String name() {
            return "isola";
        }
    }

    @Test
    void passesJavacLambdasFactoriesAndStatelessAnonymousClasses() throws IOException {
        StaticStateAnalyzer analyzer = new StaticStateAnalyzer(List.of(compiled("Constants"), compiled("Constants$1")));
        String constants = StaticStateAnalyzerTest.class.getName() + "$Constants";

        assertEquals(List.of(
                        constants + ".BUILDERS: final static field of mutable type java.util.List",
                        constants + ".OUT: final static field of mutable type java.util.function.Supplier"),
                messages(analyzer));
    }

    /** Real javac output: an enum with constant bodies (sealed) and its synthetic fields. */
    enum Op {
        ADD {
            @Override
            long apply(long a, long b) {
                return a + b;
            }
        },
        NEG {
            @Override
            long apply(long a, long b) {
                assert b == 0 : "NEG takes one operand";
                return -a;
            }
        };

        abstract long apply(long a, long b);
    }

    /** Real javac output: a record over the enum. */
    record Step(String label, Op op) {}

    /** Real javac output: an enum carrying a counter, which makes each constant shared state. */
    enum Tally {
        ONE;

        @SuppressWarnings("unused")
        private int count;
    }

    @Test
    void passesJavacEnumsAndRecordsAndFlagsAnEnumWithState() throws IOException {
        StaticStateAnalyzer analyzer = new StaticStateAnalyzer(List.of(
                compiled("Op"), compiled("Op$1"), compiled("Op$2"), compiled("Step"), compiled("Tally")));
        String outer = StaticStateAnalyzerTest.class.getName();
        String tally = outer + "$Tally";

        assertEquals(Optional.empty(), analyzer.whyMutable(ClassDesc.of(outer + "$Op")));
        assertEquals(Optional.empty(), analyzer.whyMutable(ClassDesc.of(outer + "$Step")));
        assertEquals(List.of(tally + ".ONE: final static field of mutable type " + tally
                        + " (" + tally + ".count is not final)"),
                messages(analyzer));
    }

    private static List<String> messages(StaticStateAnalyzer analyzer) {
        return analyzer.violations().stream().map(StaticStateAnalyzer.Violation::message).toList();
    }

    private static SignatureAttribute signature(String genericType) {
        return SignatureAttribute.of(Signature.parseFrom(genericType));
    }

    /** A class built in memory; never loaded, so it needs no stack maps. */
    private static byte[] type(String name, int flags, Consumer<ClassBuilder> body) {
        return ClassFile.of(ClassFile.StackMapsOption.DROP_STACK_MAPS).build(ClassDesc.of(name), cb -> {
            cb.withFlags(flags).withSuperclass(CD_Object);
            body.accept(cb);
        });
    }

    /** The bytes of one of this class's nested classes, read as a resource, never loaded. */
    private static byte[] compiled(String nested) throws IOException {
        String resource = StaticStateAnalyzerTest.class.getSimpleName() + "$" + nested + ".class";
        try (InputStream in = StaticStateAnalyzerTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing class file " + resource);
            return in.readAllBytes();
        }
    }
}
