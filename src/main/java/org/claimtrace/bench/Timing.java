package org.claimtrace.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Small measuring helpers: medians, percentiles, peak memory. */
public final class Timing {
    private Timing() {}

    static double median(double[] xs) {
        return percentile(xs, 50);
    }

    /** The median of {@code num[i] / den[i]}: a ratio of two things timed side by side in each pass. */
    static double medianRatio(double[] num, double[] den) {
        double[] r = new double[num.length];
        for (int i = 0; i < r.length; i++) r[i] = num[i] / den[i];
        return median(r);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    /** Peak resident memory of this process in MB (VmHWM), or -1 where /proc is not there. */
    public static long peakRssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D+", "")) / 1024;
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
