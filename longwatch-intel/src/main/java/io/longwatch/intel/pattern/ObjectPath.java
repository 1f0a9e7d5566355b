package io.longwatch.intel.pattern;

import java.util.List;
import java.util.Objects;

/**
 * An object path such as {@code file:hashes.'SHA-256'} or
 * {@code email-message:body_multipart[*].body_raw_ref.name}.
 *
 * @param objectType the cyber-observable type ({@code file}, {@code ipv4-addr}, {@code x-custom})
 * @param steps the property steps; the first is always a {@link PathStep.Property}
 */
public record ObjectPath(String objectType, List<PathStep> steps) {

    public ObjectPath {
        Objects.requireNonNull(objectType, "objectType");
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof PathStep.Property)) {
            throw new IllegalArgumentException("an object path starts with a property name");
        }
    }

    /** The path after the type as a dotted string, list steps included ({@code hashes.SHA-256}, {@code a[*].b}). */
    public String propertyPath() {
        StringBuilder sb = new StringBuilder();
        for (PathStep step : steps) {
            switch (step) {
                case PathStep.Property p -> {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(p.name());
                }
                case PathStep.Index i -> sb.append('[').append(i.index()).append(']');
                case PathStep.AnyIndex a -> sb.append("[*]");
            }
        }
        return sb.toString();
    }

    /** Whether the path is exactly one property, e.g. {@code value} in {@code ipv4-addr:value}. */
    public boolean isSingleProperty(String name) {
        return steps.size() == 1 && steps.get(0) instanceof PathStep.Property p && p.name().equals(name);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(objectType).append(':');
        boolean first = true;
        for (PathStep step : steps) {
            if (step instanceof PathStep.Property p && !first) {
                sb.append('.');
            }
            sb.append(step);
            first = false;
        }
        return sb.toString();
    }
}
