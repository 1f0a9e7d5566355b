package io.longwatch.sigma.ir;

import io.longwatch.core.event.Event;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.core.time.Timestamps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * {@code field|hour: 3} (and minute, day, week, month, year): the part of the field's timestamp
 * (UTC) compared with the value; when the event lacks the field, the event's own time is used.
 * Combines with {@code gt/gte/lt/lte} and {@code neq}.
 */
public record TimePart(int field, String name, Part part, NumberMatcher.Op op, double[] values, boolean negate)
        implements Cond {

    /** Which part of the timestamp. */
    public enum Part { MINUTE, HOUR, DAY, WEEK, MONTH, YEAR }

    @Override
    public boolean eval(FieldAccess ctx) {
        long micros = micros(ctx);
        if (micros == Event.NO_TIME) {
            return false;
        }
        ZonedDateTime t = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L)).atZone(ZoneOffset.UTC);
        int v = switch (part) {
            case MINUTE -> t.getMinute();
            case HOUR -> t.getHour();
            case DAY -> t.getDayOfMonth();
            case WEEK -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> t.getMonthValue();
            case YEAR -> t.getYear();
        };
        boolean any = false;
        for (double b : values) {
            if (NumberMatcher.compare(op, v, b)) {
                any = true;
                break;
            }
        }
        return negate != any;
    }

    private long micros(FieldAccess ctx) {
        if (ctx.count(field) > 0) {
            long m = Timestamps.parseMicros(ctx.value(field, 0));
            if (m != Event.NO_TIME) {
                return m;
            }
            return Event.NO_TIME;
        }
        return ctx.state(field) == FieldAccess.ABSENT ? ctx.eventTimeMicros() : Event.NO_TIME;
    }

    @Override
    public void collect(FieldAccess ctx, List<MatchedField> out) {
        out.add(new MatchedField(name, ctx.count(field) > 0 ? ctx.value(field, 0) : Timestamps.format(ctx.eventTimeMicros())));
    }
}
