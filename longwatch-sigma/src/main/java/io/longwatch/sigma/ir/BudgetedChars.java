package io.longwatch.sigma.ir;

/**
 * A read-only character view that counts reads and aborts once a budget is spent: the guard that
 * keeps backtracking regular expressions from running away.
 */
final class BudgetedChars implements CharSequence {

    /** Thrown when the budget is spent; carries no stack trace (it is an abort, not an error). */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("regex evaluation budget exceeded", null, false, false);
        }
    }

    private final String text;
    private final int start;
    private final int end;
    private final long[] remaining;

    BudgetedChars(String text, long budget) {
        this(text, 0, text.length(), new long[] {budget});
    }

    private BudgetedChars(String text, int start, int end, long[] remaining) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.remaining = remaining;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (--remaining[0] < 0) {
            throw new BudgetExceeded();
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new BudgetedChars(text, start + from, start + to, remaining);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
