package io.longwatch.sigma.ir;

import java.util.ArrayList;
import java.util.List;

/** One rule value that expanded to several alternatives (base64offset, windash, expand). */
public record AnyOfMatcher(ValueMatcher[] alternatives) implements ValueMatcher {

    @Override
    public boolean test(String value, String lower, FieldAccess ctx) {
        for (ValueMatcher m : alternatives) {
            if (m.test(value, lower, ctx)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String[] triggers() {
        List<String> out = new ArrayList<>();
        for (ValueMatcher m : alternatives) {
            String[] t = m.triggers();
            if (t == null) {
                return null;
            }
            out.addAll(List.of(t));
        }
        return out.toArray(String[]::new);
    }

    /** The alternatives' common anchor, or anywhere when they differ. */
    @Override
    public Anchor triggerAnchor() {
        Anchor common = null;
        for (ValueMatcher m : alternatives) {
            Anchor a = m.triggerAnchor();
            if (common != null && a != common) {
                return Anchor.ANYWHERE;
            }
            common = a;
        }
        return common == null ? Anchor.ANYWHERE : common;
    }

    @Override
    public boolean needsLower() {
        for (ValueMatcher m : alternatives) {
            if (m.needsLower()) {
                return true;
            }
        }
        return false;
    }
}
