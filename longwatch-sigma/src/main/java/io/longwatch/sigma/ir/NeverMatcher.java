package io.longwatch.sigma.ir;

/** Matches nothing: a value that could not be resolved (e.g. an unknown placeholder). */
public record NeverMatcher(String reason) implements ValueMatcher {

    @Override
    public boolean test(String value, String lower, FieldAccess ctx) {
        return false;
    }

    @Override
    public String[] triggers() {
        return new String[0];
    }

    @Override
    public boolean needsLower() {
        return false;
    }
}
