package io.longwatch.intel.pattern;

import java.math.BigDecimal;
import java.util.Objects;

/** A qualifier on an observation expression. */
public sealed interface Qualifier {

    /**
     * {@code WITHIN n SECONDS}: all observations must fall within this many seconds.
     *
     * @param seconds a positive number of seconds (integer or decimal)
     */
    record Within(BigDecimal seconds) implements Qualifier {
        public Within {
            Objects.requireNonNull(seconds, "seconds");
            if (seconds.signum() <= 0) {
                throw new IllegalArgumentException("WITHIN needs a positive number of seconds");
            }
        }

        /** The window in microseconds (fractions below a microsecond are dropped). */
        public long micros() {
            return seconds.movePointRight(6).longValue();
        }

        @Override
        public String toString() {
            return "WITHIN " + seconds.toPlainString() + " SECONDS";
        }
    }

    /**
     * {@code REPEATS n TIMES}: the expression must match this many times.
     *
     * @param times a positive count
     */
    record Repeats(long times) implements Qualifier {
        public Repeats {
            if (times <= 0) {
                throw new IllegalArgumentException("REPEATS needs a positive count");
            }
        }

        @Override
        public String toString() {
            return "REPEATS " + times + " TIMES";
        }
    }

    /**
     * {@code START t'..' STOP t'..'}: observations must fall in [start, stop).
     *
     * @param start start of the window
     * @param stop end of the window (exclusive)
     */
    record StartStop(Constant.TimestampValue start, Constant.TimestampValue stop) implements Qualifier {
        public StartStop {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(stop, "stop");
        }

        @Override
        public String toString() {
            return "START " + start + " STOP " + stop;
        }
    }
}
