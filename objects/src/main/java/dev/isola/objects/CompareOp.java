package dev.isola.objects;

/** The six rich comparisons, in CPython's order ({@code Py_LT} = 0 … {@code Py_GE} = 5). */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"),
    GE(">=", "__ge__");

    private final String symbol;
    private final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public String symbol() {
        return symbol;
    }

    public String dunder() {
        return dunder;
    }

    /** The operation with operands swapped: {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Applies the operation to the sign of a three-way comparison. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
