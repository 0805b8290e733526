package org.claimtrace.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Keeps the heap the bench has grown. The bench collects garbage before every timed stage, and
 * after a collection the JVM gives free heap back to the operating system; the next stage then
 * faults those pages in again, and the kernel's work (2-3.5 s in a 5-10 s ingest, measured) lands
 * on whichever stage comes next. Raising {@code MaxHeapFreeRatio} to 100 at run time (it is a
 * manageable flag) stops the shrinking; running with {@code -Xms} equal to {@code -Xmx} does too.
 */
public final class Heap {
    private Heap() {}

    /** Stops the heap from shrinking; the flag's value afterwards, for the report. */
    public static String keepCommitted() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            vm.setVMOption("MaxHeapFreeRatio", "100");
            return "MaxHeapFreeRatio=" + vm.getVMOption("MaxHeapFreeRatio").getValue();
        } catch (RuntimeException e) {
            // Another JVM, or the flag is not manageable there: the figures are only noisier.
            return "heap may shrink between stages (" + e.getMessage() + ")";
        }
    }
}
