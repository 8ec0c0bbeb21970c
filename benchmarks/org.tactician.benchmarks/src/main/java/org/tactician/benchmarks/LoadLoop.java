package org.tactician.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.tactician.model.MarketingPlan;
import org.tactician.model.internal.PlanReader;
import org.tactician.model.resource.PlanFiles;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A harness beside JMH: in one JVM, round after round, a bare SAX pass over the plan file, a load
 * through the SAX parser alone (the loader before the tokenizer, {@link PlanReader.Reading#PARSER})
 * and a load as {@code PlanFiles.load} does it (the tokenizer, the parser as its fallback), so that
 * all three see the same moments of a busy machine; the order rotates from round to round. For
 * each: wall time, the loading thread's CPU time, the process's CPU time (garbage collection and
 * compilation threads included; the operating system counts it in steps of 10 ms) and the bytes
 * the loading thread allocated; best and median after the first third of the rounds (warm-up),
 * and the ratios against the SAX pass of the same rounds. Then the heap a plan loaded each way
 * holds. Prints the load averages before and after.
 *
 * <p>Arguments: the plan file, the number of rounds.
 */
public class LoadLoop {

    private static final String[] NAMES = { "sax pass", "load, parser (before)", "load, tokenizer (now)" };

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        System.out.println("load average before: " + loadAverage() + "; " + Files.size(file) + " bytes, " + rounds + " rounds");
        long[][] wall = new long[3][rounds];
        long[][] cpu = new long[3][rounds];
        long[][] bytes = new long[3][rounds];
        long[][] own = new long[3][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int step = 0; step < 3; step++) {
                int which = (round + step) % 3;
                long w0 = System.nanoTime();
                long c0 = os.getProcessCpuTime();
                long a0 = threads.getThreadAllocatedBytes(thread);
                long t0 = threads.getCurrentThreadCpuTime();
                run(which, file, factory);
                own[which][round] = threads.getCurrentThreadCpuTime() - t0;
                bytes[which][round] = threads.getThreadAllocatedBytes(thread) - a0;
                cpu[which][round] = os.getProcessCpuTime() - c0;
                wall[which][round] = System.nanoTime() - w0;
            }
        }
        int from = rounds / 3;
        System.out.println("load average after: " + loadAverage());
        double saxWall = median(wall[0], from);
        double saxCpu = median(cpu[0], from);
        double saxOwn = median(own[0], from);
        for (int which = 0; which < 3; which++) {
            System.out.printf("%-22s wall best %6.1f median %6.1f ms (ratio best %.2f, median %.2f);"
                    + " thread cpu median %6.1f ms (%.2f); process cpu median %6.1f ms (%.2f); allocated %6.1f MB%n",
                    NAMES[which], best(wall[which], from) / 1e6, median(wall[which], from) / 1e6,
                    best(wall[which], from) / best(wall[0], from), median(wall[which], from) / saxWall,
                    median(own[which], from) / 1e6, median(own[which], from) / saxOwn,
                    median(cpu[which], from) / 1e6, median(cpu[which], from) / saxCpu, median(bytes[which], from) / 1e6);
        }
        System.out.printf("heap held by the plan: loaded by the parser %.1f MB, by the tokenizer %.1f MB (file %.1f MB)%n",
                heldHeap(file, 1) / 1e6, heldHeap(file, 2) / 1e6, Files.size(file) / 1e6);
    }

    /** The heap that a plan loaded as {@code which} says holds (as {@code BenchmarkReport} measures it). */
    private static long heldHeap(Path file, int which) throws Exception {
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        ResourceSet resources = PlanFiles.newResourceSet();
        if (which == 1) {
            resources.getLoadOptions().put(PlanReader.OPTION_READING, PlanReader.Reading.PARSER);
        }
        MarketingPlan plan = PlanFiles.load(file, resources);
        long after = usedAfterGc(memory);
        if (SyntheticPlans.countElements(plan) == 0) { // keeps the plan reachable until here
            throw new IllegalStateException("an empty plan");
        }
        return after - before;
    }

    private static long usedAfterGc(java.lang.management.MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void run(int which, Path file, SAXParserFactory factory) throws Exception {
        if (which == 0) {
            try (var in = Files.newInputStream(file)) {
                factory.newSAXParser().parse(in, new DefaultHandler());
            }
            return;
        }
        ResourceSet resources = PlanFiles.newResourceSet();
        if (which == 1) {
            resources.getLoadOptions().put(PlanReader.OPTION_READING, PlanReader.Reading.PARSER);
        }
        MarketingPlan plan = PlanFiles.load(file, resources);
        if (plan == null) {
            throw new IllegalStateException("no plan");
        }
    }

    private static double median(long[] values, int from) {
        long[] sorted = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double best(long[] values, int from) {
        return Arrays.stream(values, from, values.length).min().orElse(0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
