package arbiter.harness;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Times repeated calls of the candidate's method on one input, with the bytes each call allocates. */
final class Bench {

    private Bench() {
    }

    static Object run(Map<?, ?> spec, List<String> lines, int repeats) throws Exception {
        Main.Call call = Main.signatureCall(spec, lines);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Object> times = new ArrayList<>();
        long leastAllocated = Long.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            Object[] args = call.arguments().get();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            call.method().invoke(call.target(), args);
            long elapsed = System.nanoTime() - start;
            leastAllocated = Math.min(leastAllocated, threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
            times.add(BigDecimal.valueOf(elapsed));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ns", times);
        out.put("peak_bytes", BigDecimal.valueOf(leastAllocated));
        return out;
    }
}
