package dev.isola.objects;

import static dev.isola.objects.TypeFlags.BASETYPE;
import static dev.isola.objects.TypeFlags.BASE_EXC_SUBCLASS;
import static dev.isola.objects.TypeFlags.BYTES_SUBCLASS;
import static dev.isola.objects.TypeFlags.DICT_SUBCLASS;
import static dev.isola.objects.TypeFlags.HAVE_GC;
import static dev.isola.objects.TypeFlags.LIST_SUBCLASS;
import static dev.isola.objects.TypeFlags.LONG_SUBCLASS;
import static dev.isola.objects.TypeFlags.TUPLE_SUBCLASS;
import static dev.isola.objects.TypeFlags.TYPE_SUBCLASS;
import static dev.isola.objects.TypeFlags.UNICODE_SUBCLASS;

/**
 * Every static builtin type, in bootstrap order (a base before its subclasses). The ordinal is
 * the type's index in the {@code StaticTypeRegistry} and in the runtime's slot tables.
 */
public enum BuiltinType {
    OBJECT("object", null, ObjectLayout.HEADER_SIZE, 0, BASETYPE),
    TYPE("type", OBJECT, TypeLayout.SIZE, 0, BASETYPE | TYPE_SUBCLASS),
    NONE("NoneType", OBJECT, ObjectLayout.HEADER_SIZE, 0, 0),
    NOT_IMPLEMENTED("NotImplementedType", OBJECT, ObjectLayout.HEADER_SIZE, 0, 0),
    ELLIPSIS("ellipsis", OBJECT, ObjectLayout.HEADER_SIZE, 0, 0),
    INT("int", OBJECT, IntType.COMPACT_SIZE, 4, BASETYPE | LONG_SUBCLASS),
    BOOL("bool", INT, IntType.COMPACT_SIZE, 4, LONG_SUBCLASS),
    FLOAT("float", OBJECT, FloatType.SIZE, 0, BASETYPE),
    COMPLEX("complex", OBJECT, ComplexType.SIZE, 0, BASETYPE),
    STR("str", OBJECT, StrType.DATA_OFFSET, 1, BASETYPE | UNICODE_SUBCLASS),
    BYTES("bytes", OBJECT, BytesType.DATA_OFFSET, 1, BASETYPE | BYTES_SUBCLASS),
    TUPLE("tuple", OBJECT, TupleType.ITEMS_OFFSET, 8, BASETYPE | HAVE_GC | TUPLE_SUBCLASS),
    BYTEARRAY("bytearray", OBJECT, ByteArrayType.SIZE, 0, BASETYPE),
    LIST("list", OBJECT, ListType.SIZE, 0, BASETYPE | HAVE_GC | LIST_SUBCLASS),
    DICT("dict", OBJECT, DictType.SIZE, 0, BASETYPE | HAVE_GC | DICT_SUBCLASS),
    SET("set", OBJECT, SetType.SIZE, 0, BASETYPE | HAVE_GC),
    FROZENSET("frozenset", OBJECT, SetType.SIZE, 0, BASETYPE | HAVE_GC),
    RANGE("range", OBJECT, RangeType.SIZE, 0, 0),
    SLICE("slice", OBJECT, SliceType.SIZE, 0, 0),
    /* Iterators over the builtin containers share one layout and behaviour: IteratorType. */
    TUPLE_ITERATOR("tuple_iterator", OBJECT, IteratorType.SIZE, 0, HAVE_GC),
    LIST_ITERATOR("list_iterator", OBJECT, IteratorType.SIZE, 0, HAVE_GC),
    LIST_REVERSE_ITERATOR("list_reverseiterator", OBJECT, IteratorType.SIZE, 0, HAVE_GC),
    STR_ITERATOR("str_iterator", OBJECT, IteratorType.SIZE, 0, HAVE_GC),
    BYTES_ITERATOR("bytes_iterator", OBJECT, IteratorType.SIZE, 0, HAVE_GC),
    BYTEARRAY_ITERATOR("bytearray_iterator", OBJECT, IteratorType.SIZE, 0, HAVE_GC),
    RANGE_ITERATOR("range_iterator", OBJECT, IteratorType.SIZE, 0, 0),
    SET_ITERATOR("set_iterator", OBJECT, SetType.ITERATOR_SIZE, 0, HAVE_GC),
    DICT_KEY_ITERATOR("dict_keyiterator", OBJECT, DictType.ITERATOR_SIZE, 0, HAVE_GC),
    DICT_VALUE_ITERATOR("dict_valueiterator", OBJECT, DictType.ITERATOR_SIZE, 0, HAVE_GC),
    DICT_ITEM_ITERATOR("dict_itemiterator", OBJECT, DictType.ITERATOR_SIZE, 0, HAVE_GC),
    DICT_REVERSE_KEY_ITERATOR("dict_reversekeyiterator", OBJECT, DictType.ITERATOR_SIZE, 0, HAVE_GC),
    DICT_REVERSE_VALUE_ITERATOR("dict_reversevalueiterator", OBJECT, DictType.ITERATOR_SIZE, 0, HAVE_GC),
    DICT_REVERSE_ITEM_ITERATOR("dict_reverseitemiterator", OBJECT, DictType.ITERATOR_SIZE, 0, HAVE_GC),
    DICT_KEYS("dict_keys", OBJECT, DictType.VIEW_SIZE, 0, HAVE_GC),
    DICT_VALUES("dict_values", OBJECT, DictType.VIEW_SIZE, 0, HAVE_GC),
    DICT_ITEMS("dict_items", OBJECT, DictType.VIEW_SIZE, 0, HAVE_GC),
    FUNCTION("function", OBJECT, CodeLayouts.FUNCTION_SIZE, 0, HAVE_GC),
    CODE("code", OBJECT, CodeLayouts.CODE_SIZE, 0, 0),
    CELL("cell", OBJECT, CodeLayouts.CELL_SIZE, 0, HAVE_GC),
    METHOD("method", OBJECT, CodeLayouts.METHOD_SIZE, 0, HAVE_GC),
    BUILTIN_FUNCTION("builtin_function_or_method", OBJECT, CodeLayouts.BUILTIN_FUNCTION_SIZE, 0, HAVE_GC),
    METHOD_DESCRIPTOR("method_descriptor", OBJECT, CodeLayouts.BUILTIN_FUNCTION_SIZE, 0, HAVE_GC),
    MODULE("module", OBJECT, CodeLayouts.MODULE_SIZE, 0, BASETYPE | HAVE_GC),
    GENERATOR("generator", OBJECT, CodeLayouts.GENERATOR_SIZE, 0, HAVE_GC),
    TEXT_IO("_io", "TextIOWrapper", OBJECT, CodeLayouts.TEXT_IO_SIZE, 0, 0),
    BUFFERED_READER("_io", "BufferedReader", OBJECT, CodeLayouts.TEXT_IO_SIZE, 0, 0),
    BUFFERED_WRITER("_io", "BufferedWriter", OBJECT, CodeLayouts.TEXT_IO_SIZE, 0, 0),
    BUFFERED_RANDOM("_io", "BufferedRandom", OBJECT, CodeLayouts.TEXT_IO_SIZE, 0, 0),
    RANDOM("random", "Random", OBJECT, CodeLayouts.MODULE_SIZE, 0, BASETYPE),
    STRING_IO("_io", "StringIO", OBJECT, CodeLayouts.TEXT_IO_SIZE, 0, BASETYPE),
    BYTES_IO("_io", "BytesIO", OBJECT, CodeLayouts.TEXT_IO_SIZE, 0, BASETYPE),
    TRACEBACK("traceback", OBJECT, CodeLayouts.TRACEBACK_SIZE, 0, HAVE_GC),
    FRAME("frame", OBJECT, CodeLayouts.FRAME_SIZE, 0, HAVE_GC),
    PROPERTY("property", OBJECT, Descriptors.PROPERTY_SIZE, 0, BASETYPE | HAVE_GC),
    STATICMETHOD("staticmethod", OBJECT, Descriptors.WRAPPER_SIZE, 0, HAVE_GC),
    CLASSMETHOD("classmethod", OBJECT, Descriptors.WRAPPER_SIZE, 0, HAVE_GC),
    MEMBER_DESCRIPTOR("member_descriptor", OBJECT, Descriptors.MEMBER_SIZE, 0, HAVE_GC),
    SUPER("super", OBJECT, SuperType.SIZE, 0, HAVE_GC),
    SEQ_ITERATOR("iterator", OBJECT, SeqIterator.SIZE, 0, HAVE_GC),
    WRAPPER_DESCRIPTOR("wrapper_descriptor", OBJECT, SlotWrappers.DESCRIPTOR_SIZE, 0, 0),

    /* The iterator types of builtins (enumerate, zip, map, filter, reversed, iter(f, sentinel)): BuiltinIterators. */
    ENUMERATE("enumerate", OBJECT, BuiltinIterators.SIZE, 0, BASETYPE | HAVE_GC),
    ZIP("zip", OBJECT, BuiltinIterators.SIZE, 0, BASETYPE | HAVE_GC),
    MAP("map", OBJECT, BuiltinIterators.SIZE, 0, BASETYPE | HAVE_GC),
    FILTER("filter", OBJECT, BuiltinIterators.SIZE, 0, BASETYPE | HAVE_GC),
    REVERSED("reversed", OBJECT, BuiltinIterators.SIZE, 0, BASETYPE | HAVE_GC),
    CALLABLE_ITERATOR("callable_iterator", OBJECT, BuiltinIterators.SIZE, 0, HAVE_GC),

    /* The types of module itertools: ModuleObjectLayout, behaviour in the interpreter's modules. */
    COUNT("itertools", "count", OBJECT),
    CYCLE("itertools", "cycle", OBJECT),
    REPEAT("itertools", "repeat", OBJECT),
    ACCUMULATE("itertools", "accumulate", OBJECT),
    CHAIN("itertools", "chain", OBJECT),
    COMPRESS("itertools", "compress", OBJECT),
    DROPWHILE("itertools", "dropwhile", OBJECT),
    TAKEWHILE("itertools", "takewhile", OBJECT),
    FILTERFALSE("itertools", "filterfalse", OBJECT),
    GROUPBY("itertools", "groupby", OBJECT),
    GROUPER("itertools", "_grouper", OBJECT),
    ISLICE("itertools", "islice", OBJECT),
    STARMAP("itertools", "starmap", OBJECT),
    TEE("itertools", "_tee", OBJECT),
    ZIP_LONGEST("itertools", "zip_longest", OBJECT),
    PRODUCT("itertools", "product", OBJECT),
    PERMUTATIONS("itertools", "permutations", OBJECT),
    COMBINATIONS("itertools", "combinations", OBJECT),
    COMBINATIONS_WITH_REPLACEMENT("itertools", "combinations_with_replacement", OBJECT),
    PAIRWISE("itertools", "pairwise", OBJECT),

    /* The types of module functools (CacheInfo is a tuple, the rest ModuleObjectLayout). */
    PARTIAL("functools", "partial", OBJECT),
    LRU_CACHE_WRAPPER("functools", "_lru_cache_wrapper", OBJECT),
    KEY_WRAPPER("functools", "KeyWrapper", OBJECT),
    ORDERING_METHOD("functools", "_ordering_method", OBJECT),
    CACHED_PROPERTY("functools", "cached_property", OBJECT),
    CACHE_INFO("functools", "CacheInfo", TUPLE, TupleType.ITEMS_OFFSET, 8, HAVE_GC | TUPLE_SUBCLASS),

    /* The types of module os: stat_result a tuple with hidden items, _walk ModuleObjectLayout. */
    STAT_RESULT("os", "stat_result", TUPLE, TupleType.ITEMS_OFFSET, 8, HAVE_GC | TUPLE_SUBCLASS),
    WALK("os", "_walk", OBJECT),

    /* types.UnionType (int | str): ModuleObjectLayout, behaviour in UnionTypes. */
    UNION_TYPE("types", "UnionType", OBJECT),
    GENERIC_ALIAS("types", "GenericAlias", OBJECT),

    /* weakref.ref: ModuleObjectLayout, behaviour in Weakrefs. */
    WEAKREF("weakref", "ReferenceType", OBJECT),

    /* sys.version_info (a tuple with names) and sys.implementation (ModuleObjectLayout). */
    VERSION_INFO("sys", "version_info", TUPLE, TupleType.ITEMS_OFFSET, 8, HAVE_GC | TUPLE_SUBCLASS),
    SIMPLE_NAMESPACE("types", "SimpleNamespace", OBJECT),

    /* The types of module re: ModuleObjectLayout, behaviour in the interpreter's ReModule. */
    RE_PATTERN("re", "Pattern", OBJECT),
    RE_MATCH("re", "Match", OBJECT),
    RE_SCANNER("re", "SRE_Scanner", OBJECT),

    /* The types of modules struct and array: ModuleObjectLayout, behaviour in the interpreter's modules. */
    STRUCT("_struct", "Struct", OBJECT),
    STRUCT_UNPACK_ITERATOR("_struct", "unpack_iterator", OBJECT),
    ARRAY("array", "array", OBJECT),
    ARRAY_ITERATOR("array", "arrayiterator", OBJECT),

    /* The types of module _thread: ModuleObjectLayout, behaviour in the interpreter's ThreadLocks. */
    THREAD_LOCK("_thread", "lock", OBJECT),
    THREAD_RLOCK("_thread", "RLock", OBJECT),

    BASE_EXCEPTION("BaseException", OBJECT, ExceptionTypes.SIZE, 0, BASETYPE | HAVE_GC | BASE_EXC_SUBCLASS),
    SYSTEM_EXIT("SystemExit", BASE_EXCEPTION),
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION),
    GENERATOR_EXIT("GeneratorExit", BASE_EXCEPTION),
    EXCEPTION("Exception", BASE_EXCEPTION),
    STOP_ITERATION("StopIteration", EXCEPTION),
    STOP_ASYNC_ITERATION("StopAsyncIteration", EXCEPTION),
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION),
    FLOATING_POINT_ERROR("FloatingPointError", ARITHMETIC_ERROR),
    OVERFLOW_ERROR("OverflowError", ARITHMETIC_ERROR),
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR),
    ASSERTION_ERROR("AssertionError", EXCEPTION),
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION),
    BUFFER_ERROR("BufferError", EXCEPTION),
    EOF_ERROR("EOFError", EXCEPTION),
    IMPORT_ERROR("ImportError", EXCEPTION),
    MODULE_NOT_FOUND_ERROR("ModuleNotFoundError", IMPORT_ERROR),
    LOOKUP_ERROR("LookupError", EXCEPTION),
    INDEX_ERROR("IndexError", LOOKUP_ERROR),
    KEY_ERROR("KeyError", LOOKUP_ERROR),
    MEMORY_ERROR("MemoryError", EXCEPTION),
    NAME_ERROR("NameError", EXCEPTION),
    UNBOUND_LOCAL_ERROR("UnboundLocalError", NAME_ERROR),
    OS_ERROR("OSError", EXCEPTION),
    FILE_EXISTS_ERROR("FileExistsError", OS_ERROR),
    FILE_NOT_FOUND_ERROR("FileNotFoundError", OS_ERROR),
    IS_A_DIRECTORY_ERROR("IsADirectoryError", OS_ERROR),
    NOT_A_DIRECTORY_ERROR("NotADirectoryError", OS_ERROR),
    PERMISSION_ERROR("PermissionError", OS_ERROR),
    TIMEOUT_ERROR("TimeoutError", OS_ERROR),
    RUNTIME_ERROR("RuntimeError", EXCEPTION),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR),
    RECURSION_ERROR("RecursionError", RUNTIME_ERROR),
    REFERENCE_ERROR("ReferenceError", EXCEPTION),
    SYNTAX_ERROR("SyntaxError", EXCEPTION),
    INDENTATION_ERROR("IndentationError", SYNTAX_ERROR),
    TAB_ERROR("TabError", INDENTATION_ERROR),
    SYSTEM_ERROR("SystemError", EXCEPTION),
    TYPE_ERROR("TypeError", EXCEPTION),
    VALUE_ERROR("ValueError", EXCEPTION),
    UNICODE_ERROR("UnicodeError", VALUE_ERROR),
    UNICODE_DECODE_ERROR("UnicodeDecodeError", UNICODE_ERROR),
    UNICODE_ENCODE_ERROR("UnicodeEncodeError", UNICODE_ERROR),
    WARNING("Warning", EXCEPTION),
    DEPRECATION_WARNING("DeprecationWarning", WARNING),
    RUNTIME_WARNING("RuntimeWarning", WARNING),
    USER_WARNING("UserWarning", WARNING),
    PENDING_DEPRECATION_WARNING("PendingDeprecationWarning", WARNING),
    SYNTAX_WARNING("SyntaxWarning", WARNING),
    FUTURE_WARNING("FutureWarning", WARNING),
    IMPORT_WARNING("ImportWarning", WARNING),
    UNICODE_WARNING("UnicodeWarning", WARNING),
    BYTES_WARNING("BytesWarning", WARNING),
    RESOURCE_WARNING("ResourceWarning", WARNING),
    ENCODING_WARNING("EncodingWarning", WARNING),
    UNSUPPORTED_OPERATION("io", "UnsupportedOperation", OS_ERROR, ExceptionTypes.SIZE, 0,
            BASETYPE | HAVE_GC | BASE_EXC_SUBCLASS),
    RE_ERROR("re", "error", EXCEPTION, ExceptionTypes.SIZE, 0, BASETYPE | HAVE_GC | BASE_EXC_SUBCLASS),
    STRUCT_ERROR("struct", "error", EXCEPTION, ExceptionTypes.SIZE, 0, BASETYPE | HAVE_GC | BASE_EXC_SUBCLASS);

    private final String module;
    private final String pyName;
    private final BuiltinType base;
    private final long basicSize;
    private final long itemSize;
    private final long flags;

    BuiltinType(String pyName, BuiltinType base, long basicSize, long itemSize, long flags) {
        this("builtins", pyName, base, basicSize, itemSize, flags);
    }

    BuiltinType(String module, String pyName, BuiltinType base, long basicSize, long itemSize, long flags) {
        this.module = module;
        this.pyName = pyName;
        this.base = base;
        this.basicSize = basicSize;
        this.itemSize = itemSize;
        this.flags = flags;
    }

    /** A type of builtin module {@code module} laid out by {@link ModuleObjectLayout}. */
    BuiltinType(String module, String pyName, BuiltinType base) {
        this(module, pyName, base, ModuleObjectLayout.SIZE, 0, HAVE_GC);
    }

    /** An exception type: the base's layout and flags. */
    BuiltinType(String pyName, BuiltinType base) {
        this(pyName, base, base.basicSize, base.itemSize, base.flags);
    }

    /** The name Python code sees ({@code int}, {@code KeyError}). */
    public String pyName() {
        return pyName;
    }

    /** The module the type says it belongs to ({@code __module__}): {@code builtins} but for types of builtin modules. */
    public String module() {
        return module;
    }

    /** The base type, or null for {@code object}. */
    public BuiltinType base() {
        return base;
    }

    public long basicSize() {
        return basicSize;
    }

    public long itemSize() {
        return itemSize;
    }

    public long flags() {
        return flags | TypeFlags.STATIC_BUILTIN | TypeFlags.IMMUTABLETYPE;
    }

    public boolean isException() {
        return (flags & BASE_EXC_SUBCLASS) != 0;
    }
}
