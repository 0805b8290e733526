package org.claimtrace.spark;

import java.io.Serializable;
import org.claimtrace.source.Skipped;

/** A skipped input on its way from an executor to the driver ({@link Skipped} is not serializable). */
record Skip(String where, String reason) implements Serializable {
    static Skip of(Skipped s) {
        return new Skip(s.where(), s.reason());
    }

    Skipped skipped() {
        return new Skipped(where, reason);
    }
}
