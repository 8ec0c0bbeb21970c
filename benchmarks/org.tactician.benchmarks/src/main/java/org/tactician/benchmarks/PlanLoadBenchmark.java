package org.tactician.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Loading a plan through {@link PlanFiles} against the baseline of a bare SAX pass over the
 * same file: the target is a ratio of at most about 2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PlanLoadBenchmark {

    /** Elements in the synthetic plan. */
    @Param({"10000", "100000"})
    public int elements;

    private Path folder;
    private Path file;
    private SAXParserFactory saxFactory;

    @Setup(Level.Trial)
    public void writePlan() throws IOException {
        folder = Files.createTempDirectory("tactician-bench");
        file = folder.resolve("synthetic.mplan");
        PlanFiles.save(SyntheticPlans.generate(elements, 42), file);
        saxFactory = SAXParserFactory.newInstance();
        saxFactory.setNamespaceAware(true);
    }

    @TearDown(Level.Trial)
    public void deletePlan() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder.resolve("synthetic.mplan.bak"));
        Files.deleteIfExists(folder);
    }

    /** Baseline: a namespace-aware SAX parse that does nothing with what it reads. */
    @Benchmark
    public void saxPass() throws Exception {
        SAXParser parser = saxFactory.newSAXParser();
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, new DefaultHandler());
        }
    }

    /** The real thing: a full load with references resolved and ids indexed. */
    @Benchmark
    public void loadPlan(Blackhole sink) throws IOException {
        MarketingPlan plan = PlanFiles.load(file);
        sink.consume(plan);
    }
}
