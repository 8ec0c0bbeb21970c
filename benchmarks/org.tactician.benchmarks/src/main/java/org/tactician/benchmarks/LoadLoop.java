package org.tactician.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.parsers.SAXParserFactory;

import org.tactician.model.resource.PlanFiles;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A harness beside JMH: alternates a bare SAX pass and a load of the same file in one JVM, so that
 * both see the same moments of a busy machine; prints the best and the median of each (the first
 * third of the rounds is warm-up). Arguments: the plan file, the number of rounds.
 */
public class LoadLoop {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        long[] sax = new long[rounds], load = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            try (var in = Files.newInputStream(file)) { f.newSAXParser().parse(in, new DefaultHandler()); }
            long t1 = System.nanoTime();
            Object plan = PlanFiles.load(file);
            long t2 = System.nanoTime();
            if (plan == null) throw new IllegalStateException();
            sax[i] = t1 - t0; load[i] = t2 - t1;
        }
        int from = rounds / 3; // the first third is warm-up
        long[] s = Arrays.copyOfRange(sax, from, rounds), l = Arrays.copyOfRange(load, from, rounds);
        Arrays.sort(s); Arrays.sort(l);
        System.out.printf("sax best %.1f median %.1f ms; load best %.1f median %.1f ms; ratio best %.2f median %.2f%n",
            s[0] / 1e6, s[s.length / 2] / 1e6, l[0] / 1e6, l[l.length / 2] / 1e6, (double) l[0] / s[0], (double) l[l.length / 2] / s[s.length / 2]);
    }
}
