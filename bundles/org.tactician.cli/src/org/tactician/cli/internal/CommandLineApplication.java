package org.tactician.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.tactician.cli.TacticianCommandLine;

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
        context.applicationRunning();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new TacticianCommandLine(out, err).run(args);
        return code == 0 ? IApplication.EXIT_OK : Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands are short; nothing to interrupt.
    }
}
