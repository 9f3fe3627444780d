package dev.isola.bench;

import java.lang.classfile.AccessFlags;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.FieldModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Opcode;
import java.lang.classfile.Signature;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.attribute.PermittedSubclassesAttribute;
import java.lang.classfile.attribute.SignatureAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ExceptionCatch;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.constant.ClassDesc;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds mutable static state in a set of class files: the Java analogue of CPython's
 * c-analyzer globals check ({@code Tools/c-analyzer}, DESIGN §2 and §8.1).
 *
 * <p>It reads class bytes with {@code java.lang.classfile} only — no reflection, no class
 * loading — and reports every static field that is either
 * <ul>
 *   <li>not final, or
 *   <li>final but of a type not known to be immutable.
 * </ul>
 *
 * <p>A type is known immutable when it is
 * <ol>
 *   <li>a primitive;
 *   <li>one of the JDK types in {@link #IMMUTABLE_JDK_TYPES} (strings, boxes, {@code Class},
 *       big numbers, method handles and types, atomic field updaters (like a
 *       {@code VarHandle}, they hold no state of their own), FFM layouts / descriptors /
 *       linker / symbol lookups, {@code Pattern}, {@code StackWalker}, {@code Charset}, the
 *       {@code java.time} value types). Every other JDK type — collections, atomics,
 *       {@code ThreadLocal}, locks, {@code MemorySegment} (its bytes are mutable),
 *       {@code Arena}, {@code Optional}, {@code Object} — counts as mutable;
 *   <li>one of the analysed classes that no one can extend with state — final, an enum, a
 *       record, or sealed with every permitted subclass immutable — whose instance fields,
 *       its superclasses' included, are all final and of immutable types. Interfaces count
 *       only when sealed with immutable permitted subclasses. Types that refer to each other
 *       ({@code record Node(String v, Node next)}) are decided together, as a fixed point.
 * </ol>
 * Arrays are always mutable: a final array field still hands out writable elements.
 *
 * <p>A final static field whose declared type is not immutable still passes when its class
 * initialiser provably stores an immutable value in it: {@code new X(…)} of a class whose
 * instance fields are all final and immutable (even a non-final or anonymous one: the value
 * is exactly an X), {@code List.of}/{@code Set.of}/{@code Map.of}/{@code copyOf} with
 * immutable element types in the field's generic signature, or a lambda that captures only
 * immutable values. Anything less certain counts as mutable.
 *
 * <p>Synthetic static fields are skipped. Source code cannot name them, so only the compiler
 * writes them, and javac emits them for write-once data: an enum's {@code $VALUES} (private;
 * {@code values()} returns a clone), {@code $assertionsDisabled} (a final boolean set in
 * {@code <clinit>}) and the {@code $SwitchMap$…} arrays of switch-on-enum helper classes
 * (filled once in the helper's {@code <clinit>}, read only after).
 *
 * <p>Not thread-safe; one instance analyses one fixed set of classes.
 */
final class StaticStateAnalyzer {

    /** How a static field breaks the rule. */
    enum Kind {
        NON_FINAL("non-final static field of type "),
        MUTABLE_TYPE("final static field of mutable type ");

        private final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /**
     * One offending static field. {@code className} is the binary name with dots
     * ({@code dev.isola.natives.Mimalloc$Lib}); {@code why} explains why one of our own types
     * is mutable, or is empty.
     */
    record Violation(String className, String field, Kind kind, String type, String why) {
        String message() {
            return className + "." + field + ": " + kind.text + type + (why.isEmpty() ? "" : " (" + why + ")");
        }
    }

    /** JDK types (internal names) whose instances cannot change once made. */
    static final Set<String> IMMUTABLE_JDK_TYPES = Set.of(
            "java/lang/String", "java/lang/Boolean", "java/lang/Character", "java/lang/Byte",
            "java/lang/Short", "java/lang/Integer", "java/lang/Long", "java/lang/Float",
            "java/lang/Double", "java/lang/Class",
            "java/math/BigInteger", "java/math/BigDecimal",
            "java/lang/invoke/MethodHandle", "java/lang/invoke/VarHandle", "java/lang/invoke/MethodType",
            "java/util/concurrent/atomic/AtomicIntegerFieldUpdater",
            "java/util/concurrent/atomic/AtomicLongFieldUpdater",
            "java/util/concurrent/atomic/AtomicReferenceFieldUpdater",
            "java/lang/foreign/MemoryLayout", "java/lang/foreign/MemoryLayout$PathElement",
            "java/lang/foreign/ValueLayout", "java/lang/foreign/AddressLayout",
            "java/lang/foreign/ValueLayout$OfBoolean", "java/lang/foreign/ValueLayout$OfByte",
            "java/lang/foreign/ValueLayout$OfChar", "java/lang/foreign/ValueLayout$OfShort",
            "java/lang/foreign/ValueLayout$OfInt", "java/lang/foreign/ValueLayout$OfLong",
            "java/lang/foreign/ValueLayout$OfFloat", "java/lang/foreign/ValueLayout$OfDouble",
            "java/lang/foreign/GroupLayout", "java/lang/foreign/StructLayout",
            "java/lang/foreign/UnionLayout", "java/lang/foreign/SequenceLayout",
            "java/lang/foreign/PaddingLayout", "java/lang/foreign/FunctionDescriptor",
            "java/lang/foreign/Linker", "java/lang/foreign/Linker$Option", "java/lang/foreign/SymbolLookup",
            "java/util/regex/Pattern", "java/lang/StackWalker", "java/nio/charset/Charset",
            "java/time/Duration", "java/time/Instant", "java/time/LocalDate", "java/time/LocalTime",
            "java/time/LocalDateTime", "java/time/ZonedDateTime", "java/time/OffsetDateTime",
            "java/time/OffsetTime", "java/time/Period", "java/time/ZoneId", "java/time/ZoneOffset",
            "java/time/DayOfWeek", "java/time/Month", "java/time/format/DateTimeFormatter",
            "java/time/temporal/ChronoUnit");

    /** Static factories whose result is an unmodifiable collection (internal name.method). */
    private static final Set<String> IMMUTABLE_FACTORIES = Set.of(
            "java/util/List.of", "java/util/List.copyOf", "java/util/Set.of", "java/util/Set.copyOf",
            "java/util/Map.of", "java/util/Map.copyOf", "java/util/Map.ofEntries");
    private static final ClassDesc LAMBDA_METAFACTORY = ClassDesc.of("java.lang.invoke.LambdaMetafactory");

    private final Map<String, ClassModel> classes = new TreeMap<>();
    /** Our classes whose instances may change, with why; absent means immutable. */
    private final Map<String, String> mutableTypes = new HashMap<>();
    /** Our classes whose own or inherited instance fields may change, with why. */
    private final Map<String, String> mutableFields = new HashMap<>();

    /** Parses {@code classFiles} (the bytes of each .class file) as the set to analyse. */
    StaticStateAnalyzer(Collection<byte[]> classFiles) {
        for (byte[] bytes : classFiles) {
            ClassModel model = ClassFile.of().parse(bytes);
            classes.put(model.thisClass().asInternalName(), model);
        }
        decideOwnTypes();
    }

    /** The number of classes analysed. */
    int classCount() {
        return classes.size();
    }

    /** Every offending static field of every class, sorted by class then field name. */
    List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        for (ClassModel model : classes.values()) {
            for (FieldModel field : model.fields()) {
                AccessFlags flags = field.flags();
                if (!flags.has(AccessFlag.STATIC) || flags.has(AccessFlag.SYNTHETIC)) {
                    continue;
                }
                ClassDesc type = field.fieldTypeSymbol();
                String owner = binaryName(model.thisClass().asInternalName());
                String name = field.fieldName().stringValue();
                if (!flags.has(AccessFlag.FINAL)) {
                    found.add(new Violation(owner, name, Kind.NON_FINAL, typeName(type), ""));
                } else {
                    Optional<String> why = whyMutable(type);
                    if (why.isPresent() && !storesOnlyImmutableValues(model, field)) {
                        found.add(new Violation(owner, name, Kind.MUTABLE_TYPE, typeName(type), why.get()));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Violation::className).thenComparing(Violation::field));
        return found;
    }

    /**
     * Empty when values of {@code type} are immutable; otherwise why not — an empty string
     * when the type is simply not known immutable (arrays, JDK types off the list).
     */
    Optional<String> whyMutable(ClassDesc type) {
        if (type.isPrimitive()) {
            return Optional.empty();
        }
        if (type.isArray()) {
            return Optional.of("");
        }
        String internalName = internalName(type);
        if (IMMUTABLE_JDK_TYPES.contains(internalName)) {
            return Optional.empty();
        }
        if (!classes.containsKey(internalName)) {
            return Optional.of("");
        }
        return Optional.ofNullable(mutableTypes.get(internalName));
    }

    /**
     * True when {@code <clinit>} stores {@code field} at least once and every value it stores
     * is provably immutable whatever the declared type: the instruction right before each
     * {@code putstatic} is one of the shapes {@link #producesImmutable} accepts, and no jump
     * lands on the {@code putstatic}, so no other path reaches it. A final static field can be
     * written only by its own class's {@code <clinit>}, so this covers every write.
     */
    private boolean storesOnlyImmutableValues(ClassModel model, FieldModel field) {
        Optional<CodeAttribute> clinit = model.methods().stream()
                .filter(method -> method.methodName().equalsString("<clinit>"))
                .findFirst()
                .flatMap(method -> method.findAttribute(Attributes.code()));
        if (clinit.isEmpty()) {
            return false;
        }
        CodeAttribute code = clinit.get();
        Set<Integer> jumpTargets = jumpTargets(code);
        String owner = model.thisClass().asInternalName();
        boolean stored = false;
        Instruction previous = null;
        int bci = 0;
        for (CodeElement element : code) {
            if (!(element instanceof Instruction instruction)) {
                continue;
            }
            if (instruction instanceof FieldInstruction put && put.opcode() == Opcode.PUTSTATIC
                    && put.owner().asInternalName().equals(owner)
                    && put.name().equalsString(field.fieldName().stringValue())
                    && put.typeSymbol().equals(field.fieldTypeSymbol())) {
                if (previous == null || jumpTargets.contains(bci) || !producesImmutable(previous, field)) {
                    return false;
                }
                stored = true;
            }
            previous = instruction;
            bci += instruction.sizeInBytes();
        }
        return stored;
    }

    /** The bytecode offsets that a branch, a switch or an exception handler can jump to. */
    private static Set<Integer> jumpTargets(CodeAttribute code) {
        Set<Integer> targets = new HashSet<>();
        for (CodeElement element : code) {
            switch (element) {
                case BranchInstruction branch -> targets.add(code.labelToBci(branch.target()));
                case TableSwitchInstruction table -> {
                    targets.add(code.labelToBci(table.defaultTarget()));
                    table.cases().forEach(c -> targets.add(code.labelToBci(c.target())));
                }
                case LookupSwitchInstruction lookup -> {
                    targets.add(code.labelToBci(lookup.defaultTarget()));
                    lookup.cases().forEach(c -> targets.add(code.labelToBci(c.target())));
                }
                case ExceptionCatch handler -> targets.add(code.labelToBci(handler.handler()));
                default -> { }
            }
        }
        return targets;
    }

    /**
     * Whether {@code instruction} leaves an immutable value on the stack for {@code field}:
     * <ul>
     *   <li>{@code new X(…)} (javac's {@code new, dup, args, invokespecial <init>}) where X's
     *       own and inherited instance fields are all final and immutable — the value is
     *       exactly an X, so X need not be final (an anonymous {@code NONE} object passes);
     *   <li>{@code List/Set/Map.of}, {@code copyOf}, {@code Map.ofEntries}, when the field's
     *       generic signature gives immutable element types;
     *   <li>a lambda or method reference ({@code LambdaMetafactory}) whose captured values all
     *       have immutable types: they are its only state.
     * </ul>
     */
    private boolean producesImmutable(Instruction instruction, FieldModel field) {
        return switch (instruction) {
            case InvokeInstruction call when call.opcode() == Opcode.INVOKESPECIAL
                    && call.name().equalsString("<init>") -> {
                String created = call.owner().asInternalName();
                yield IMMUTABLE_JDK_TYPES.contains(created)
                        || classes.containsKey(created) && !mutableFields.containsKey(created);
            }
            case InvokeInstruction call when call.opcode() == Opcode.INVOKESTATIC -> IMMUTABLE_FACTORIES.contains(
                    call.owner().asInternalName() + "." + call.name().stringValue()) && elementsImmutable(field);
            case InvokeDynamicInstruction indy -> indy.bootstrapMethod().owner().equals(LAMBDA_METAFACTORY)
                    && indy.typeSymbol().parameterList().stream().allMatch(p -> whyMutable(p).isEmpty());
            default -> false;
        };
    }

    /** True when the field's generic signature names only immutable type arguments. */
    private boolean elementsImmutable(FieldModel field) {
        Optional<Signature> signature = field.findAttribute(Attributes.signature())
                .map(SignatureAttribute::asTypeSignature);
        if (signature.isEmpty() || !(signature.get() instanceof Signature.ClassTypeSig type)
                || type.typeArgs().isEmpty()) {
            return false;
        }
        for (Signature.TypeArg arg : type.typeArgs()) {
            if (!(arg instanceof Signature.TypeArg.Bounded bounded)
                    || bounded.wildcardIndicator() == Signature.TypeArg.Bounded.WildcardIndicator.SUPER
                    || !(bounded.boundType() instanceof Signature.ClassTypeSig bound)
                    || whyMutable(bound.classDesc()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decides every analysed class as a greatest fixed point: start by assuming all are
     * immutable and mark a class mutable as soon as one of its reasons holds, given the marks
     * so far, until nothing changes. Marks only ever go one way, so this ends; a cycle of
     * final fields is never marked, which is right since no one can write it.
     */
    private void decideOwnTypes() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ClassModel model : classes.values()) {
                String name = model.thisClass().asInternalName();
                if (!mutableFields.containsKey(name)) {
                    String why = whyFieldsMutable(model);
                    if (why != null) {
                        mutableFields.put(name, why);
                        changed = true;
                    }
                }
                if (!mutableTypes.containsKey(name)) {
                    String why = whyTypeMutable(model);
                    if (why != null) {
                        mutableTypes.put(name, why);
                        changed = true;
                    }
                }
            }
        }
    }

    /** Why instances of {@code model} may change given the marks so far, or null. */
    private String whyTypeMutable(ClassModel model) {
        String name = binaryName(model.thisClass().asInternalName());
        List<ClassDesc> permitted = model.findAttribute(Attributes.permittedSubclasses())
                .map(PermittedSubclassesAttribute::permittedSubclasses)
                .map(list -> list.stream().map(entry -> entry.asSymbol()).toList())
                .orElse(List.of());
        boolean isInterface = model.flags().has(AccessFlag.INTERFACE);
        boolean closed = model.flags().has(AccessFlag.FINAL) || model.flags().has(AccessFlag.ENUM)
                || !permitted.isEmpty();
        if (!closed) {
            return name + (isInterface
                    ? " is an interface: any implementation may hold state"
                    : " is not final: a subclass may add state");
        }
        String fields = mutableFields.get(model.thisClass().asInternalName());
        if (fields != null) {
            return fields;
        }
        for (ClassDesc sub : permitted) {
            Optional<String> why = whyMutable(sub);
            if (why.isPresent()) {
                return "permitted subclass " + typeName(sub)
                        + (why.get().isEmpty() ? " is not known immutable" : ": " + why.get());
            }
        }
        return null;
    }

    /** Why the own or inherited instance fields of {@code model} may change, or null. */
    private String whyFieldsMutable(ClassModel model) {
        String name = binaryName(model.thisClass().asInternalName());
        for (FieldModel field : model.fields()) {
            if (field.flags().has(AccessFlag.STATIC)) {
                continue;
            }
            String where = name + "." + field.fieldName().stringValue();
            if (!field.flags().has(AccessFlag.FINAL)) {
                return where + " is not final";
            }
            ClassDesc type = field.fieldTypeSymbol();
            Optional<String> why = whyMutable(type);
            if (why.isPresent()) {
                return where + " has mutable type " + typeName(type) + (why.get().isEmpty() ? "" : ": " + why.get());
            }
        }
        String superName = model.superclass().map(s -> s.asInternalName()).orElse("java/lang/Object");
        if (superName.equals("java/lang/Object") || superName.equals("java/lang/Record")
                || superName.equals("java/lang/Enum")) {
            return null;
        }
        if (!classes.containsKey(superName)) {
            return name + " extends " + binaryName(superName) + ", not known immutable";
        }
        return mutableFields.get(superName);
    }

    private static String internalName(ClassDesc type) {
        String descriptor = type.descriptorString();
        return descriptor.substring(1, descriptor.length() - 1);
    }

    private static String binaryName(String internalName) {
        return internalName.replace('/', '.');
    }

    /** A field type as source would spell it, nested classes with {@code $}: {@code int[]}. */
    static String typeName(ClassDesc type) {
        if (type.isArray()) {
            return typeName(type.componentType()) + "[]";
        }
        return type.isPrimitive() ? type.displayName() : binaryName(internalName(type));
    }
}
