package org.tactician.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.tactician.cli.TacticianCommandLine;
import org.tactician.generators.HeapExhaustion;

/** The Eclipse application {@code org.tactician.cli.commandline}: runs {@link TacticianCommandLine}. */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // slf4j (used by ical4j) would warn on stderr about logging setup; the CLI's stderr is for errors.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Map<?, ?> arguments = context.getArguments();
        Object raw = arguments.get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] strings ? strings : new String[0];
        LibraryLogging.configure(Arrays.asList(args).contains(TacticianCommandLine.VERBOSE));
        LibraryConsole console = LibraryConsole.capture();
        // A thread that fails outside a run (the platform's own, while it shuts down) is logged,
        // not printed; the handler itself must not fail, or the JVM prints that it did.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            try {
                LOG.log(Level.SEVERE, "thread " + thread.getName() + " failed", failure);
            } catch (Throwable e) {
                // nothing left to report it with
            }
        });
        context.applicationRunning();
        PrintStream out = new PrintStream(console.out(), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(console.err(), true, StandardCharsets.UTF_8);
        long heapMark = HeapExhaustion.mark();
        int code = new TacticianCommandLine(out, err).run(args);
        if (HeapExhaustion.since(heapMark)) {
            // The run has cleaned up and said so. A JVM whose heap ran out is in no state for
            // the platform's orderly shutdown: its threads may fail anywhere and print.
            out.flush();
            err.flush();
            console.out().flush();
            console.err().flush();
            Runtime.getRuntime().halt(code);
        }
        return code == 0 ? IApplication.EXIT_OK : Integer.valueOf(code);
    }

    private static final Logger LOG = Logger.getLogger(CommandLineApplication.class.getName());

    @Override
    public void stop() {
        // Commands are short; nothing to interrupt.
    }
}
