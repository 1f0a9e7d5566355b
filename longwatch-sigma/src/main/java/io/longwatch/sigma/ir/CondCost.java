package io.longwatch.sigma.ir;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;

/**
 * A static guess of what evaluating a condition costs, used only to order the operands of
 * {@code and} and {@code or} so that cheap tests run first and short-circuit the dear ones (an
 * {@code EventID} or {@code GrantedAccess} comparison before a regex over a call trace).
 * Conditions have no side effects, so evaluation order cannot change a result; evidence is
 * still collected in the rule's own order.
 */
final class CondCost {

    /** Fields that commonly hold kilobytes (scripts, call traces, command lines, messages). */
    private static final Set<String> LONG_FIELDS = Set.of("ScriptBlockText", "Payload", "ContextInfo", "CallTrace",
            "CommandLine", "ParentCommandLine", "Message", "Data", "Details", "HostApplication");
    private static final int LONG_FACTOR = 8;

    private CondCost() {
    }

    static int of(Cond c) {
        return switch (c) {
            case Cond.And a -> sum(a.operands());
            case Cond.Or o -> sum(o.operands());
            case Cond.Not n -> of(n.operand());
            case Cond.Const k -> 0;
            case FieldExists e -> 1;
            case FieldNull n -> 1;
            case TimePart t -> 2;
            case FieldRef r -> 4 * lengthFactor(r.name());
            case FieldNotEqual ne -> 1 + of(ne.matcher()) * lengthFactor(ne.name());
            case FieldMatch fm -> {
                int sum = 1;
                for (ValueMatcher m : fm.matchers()) {
                    sum += of(m);
                }
                yield sum * lengthFactor(fm.name());
            }
            case KeywordMatch km -> 1000;
        };
    }

    private static int of(ValueMatcher m) {
        return switch (m) {
            case StringPattern p -> p.cost();
            case RegexMatcher r -> 40;
            case CidrMatcher x -> 3;
            case NumberMatcher x -> 2;
            case NeverMatcher x -> 0;
            case AnyContains x -> 6;
            case AnyOfMatcher any -> {
                int s = 0;
                for (ValueMatcher a : any.alternatives()) {
                    s += of(a);
                }
                yield s;
            }
        };
    }

    private static int lengthFactor(String field) {
        return field != null && LONG_FIELDS.contains(field) ? LONG_FACTOR : 1;
    }

    private static int sum(Cond[] operands) {
        int s = 0;
        for (Cond c : operands) {
            s = Math.min(1_000_000, s + of(c));
        }
        return s;
    }

    /** The operands, cheapest first; ties keep the rule's order. */
    static Cond[] cheapestFirst(Cond[] operands) {
        Cond[] order = operands.clone();
        int[] cost = new int[order.length];
        Integer[] idx = new Integer[order.length];
        for (int i = 0; i < order.length; i++) {
            cost[i] = of(order[i]);
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingInt(i -> cost[i]));
        for (int i = 0; i < idx.length; i++) {
            order[i] = operands[idx[i]];
        }
        return order;
    }
}
