package org.tactician.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.tactician.cli.internal.PlanRulesCheck;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationFailedException;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.HeapExhaustion;
import org.tactician.generators.OutputRun;
import org.tactician.generators.PlanGenerator;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanResource;
import org.tactician.model.resource.PlanLoadException;
import org.tactician.validation.PlanValidation;

/**
 * The {@code tactician} command line, independent of how it is launched (an Eclipse
 * application in the product, a plain call in tests):
 *
 * <pre>
 * tactician validate PLAN [--verbose]
 * tactician generate PLAN --out DIR [--format ics,csv,html,pdf,docx,xlsx,svg] [--summary-only] [--force] [--verbose]
 * tactician --help
 * </pre>
 *
 * Exit codes: {@value #OK} ok, {@value #INVALID} validation errors, {@value #BAD_INPUT} bad
 * input or usage. Progress goes to standard output, errors to standard error, one line each.
 */
public final class TacticianCommandLine {

    /** Exit code: everything went well. */
    public static final int OK = 0;
    /** Exit code: the plan loaded but has validation errors. */
    public static final int INVALID = 1;
    /** Exit code: bad usage, a plan that cannot be loaded, or output that cannot be written. */
    public static final int BAD_INPUT = 2;

    /** The option that also shows the libraries' own log messages on standard error. */
    public static final String VERBOSE = "--verbose";

    private static final String USAGE = """
            Usage:
              tactician validate PLAN
                  Loads the plan (a .mplan file) and checks it with the plan rules and EMF's
                  own checks; prints one line per error or warning. A PLAN.mplan.lint file
                  beside the plan switches rules off or changes their severity.
              tactician generate PLAN --out DIR [--format FORMATS] [--summary-only] [--force]
                  Writes the plan's documents, calendars and budget into DIR; prints a line
                  per file. A run is written as a whole (a failed run changes nothing) and
                  removes the files an earlier run wrote that it does not write again.
                  FORMATS: a comma-separated list of ics, csv, html, pdf, docx, xlsx, svg
                  (default: all but svg); csv writes the calendar entries and the budget
                  lines; svg writes the figures for slides: tows.svg, canvas.svg and
                  journey.svg. Warnings about the output go to standard error.
                  --summary-only: the documents hold the executive summary only.
                  --force: generate although the plan has validation errors (without it,
                  such a plan is refused with exit code 1).
              tactician --help
                  Shows this text.

            Options for every command:
              --verbose   also show the libraries' log messages (otherwise they go to
                          ~/.tactician/logs/cli-0.log)

            Exit codes: 0 ok, 1 validation errors, 2 bad input, usage or a failed generation.
            Without a command (or with -data WORKSPACE), tactician starts the workbench.
            """;

    private static final int SHOWN_LOAD_PROBLEMS = 20;

    /** Heap held back for reporting and cleaning up when the heap runs out. */
    private static final int HEAP_RESERVE = 2 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(TacticianCommandLine.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final PlanCheck check;
    /** The file being written, for a message about a failure that is no exception of ours. */
    private volatile String step;

    /** A command line printing to {@code out} and {@code err}, validating with the Tactician rules and EMF's own checks. */
    public TacticianCommandLine(PrintStream out, PrintStream err) {
        this(out, err, new PlanRulesCheck());
    }

    /** A command line validating with {@code check}. */
    public TacticianCommandLine(PrintStream out, PrintStream err, PlanCheck check) {
        this.out = out;
        this.err = err;
        this.check = check;
    }

    /** Runs the command in {@code args} and returns the exit code. */
    public int run(String... arguments) {
        String[] args = Arrays.stream(arguments).filter(arg -> !VERBOSE.equals(arg)).toArray(String[]::new);
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        // The heap may run out anywhere, and the error that reaches us may no longer say so
        // (a class that failed to load for want of memory is a NoClassDefFoundError later on):
        // every error is recorded where it is seen, so the run's outcome is attributed to it.
        long heapMark = HeapExhaustion.mark();
        HeapExhaustion.reserve(HEAP_RESERVE);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            // Out of memory is reported by the run in one line; printing it here would need the
            // memory that ran out. The handler must not fail: the JVM would print that it did.
            try {
                if (!HeapExhaustion.record(failure) && before != null) {
                    before.uncaughtException(thread, failure);
                }
            } catch (Throwable e) {
                HeapExhaustion.record(e);
            }
        });
        try {
            return switch (args[0]) {
                case "validate" -> validate(List.of(args).subList(1, args.length));
                case "generate" -> generate(List.of(args).subList(1, args.length), heapMark);
                default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (Error | RuntimeException e) {
            if (HeapExhaustion.record(e) || HeapExhaustion.since(heapMark)) {
                return outOfMemory();
            }
            return internalError(e);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            HeapExhaustion.releaseReserve();
        }
    }

    /** The heap is too small for this plan: say so in one line, as for any bad input. */
    private int outOfMemory() {
        HeapExhaustion.releaseReserve();
        error("out of memory" + (step == null ? "" : " while writing " + step) + " (the heap is "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); start Tactician with more, e.g. "
                + "TACTICIAN_HEAP=4g" + (step == null ? "" : "; nothing was changed in the output folder"));
        return BAD_INPUT;
    }

    /** A failure of Tactician's own, not of the input: one line and a failing exit code, never 0. */
    private int internalError(Throwable e) {
        LOG.log(Level.SEVERE, "internal error", e);
        error("internal error (" + e.getClass().getSimpleName() + "); nothing was changed in the output folder; "
                + VERBOSE + " shows the details");
        return BAD_INPUT;
    }

    private int validate(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("validate takes exactly one plan file");
        }
        String planFile = args.get(0);
        Optional<MarketingPlan> plan = load(planFile);
        if (plan.isEmpty()) {
            return BAD_INPUT;
        }
        List<PlanCheck.Finding> findings = check.check(plan.get());
        long errors = findings.stream().filter(PlanCheck.Finding::error).count();
        for (PlanCheck.Finding finding : findings) {
            line(out, planFile + ": " + (finding.error() ? "error" : "warning") + ": " + finding.message());
        }
        line(out, planFile + ": " + (errors == 0 ? "valid" : errors + " error(s)")
                + (findings.size() > errors ? ", " + (findings.size() - errors) + " warning(s)" : ""));
        return errors == 0 ? OK : INVALID;
    }

    /** What {@code generate} was asked to do. */
    private record GenerateRequest(String planFile, Path outFolder, Set<ArtifactFormat> formats, boolean summaryOnly,
            boolean force) {
    }

    private static GenerateRequest generateRequest(List<String> args) {
        String planFile = null;
        Path outFolder = null;
        Set<ArtifactFormat> formats = null;
        boolean summaryOnly = false;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> {
                    once(outFolder, "--out");
                    String folder = value(args, ++i, "--out");
                    if (folder.isBlank()) {
                        throw new UsageException("--out needs a folder name");
                    }
                    outFolder = Path.of(folder);
                }
                case "--format" -> {
                    once(formats, "--format");
                    formats = formats(value(args, ++i, "--format"));
                }
                case "--summary-only" -> summaryOnly = true;
                case "--force" -> force = true;
                default -> {
                    if (arg.startsWith("--") || planFile != null) {
                        throw new UsageException("unexpected argument '" + arg + "'");
                    }
                    planFile = arg;
                }
            }
        }
        if (planFile == null) {
            throw new UsageException("generate needs a plan file");
        }
        if (outFolder == null) {
            throw new UsageException("generate needs --out DIR");
        }
        return new GenerateRequest(planFile, outFolder, formats == null ? ArtifactFormat.defaults() : formats,
                summaryOnly, force);
    }

    private int generate(List<String> args, long heapMark) {
        step = null;
        GenerateRequest request = generateRequest(args);
        Path outFolder = request.outFolder();
        if (Files.exists(outFolder) && !Files.isDirectory(outFolder)) {
            error(outFolder + ": not a folder");
            return BAD_INPUT;
        }
        Optional<String> replaced = outputReplacingThePlan(request);
        if (replaced.isPresent()) {
            error("generating into " + outFolder + " would replace the plan itself (" + replaced.get()
                    + " is one of the files written); choose another --out folder");
            return BAD_INPUT;
        }
        Optional<MarketingPlan> plan = load(request.planFile());
        if (plan.isEmpty()) {
            return BAD_INPUT;
        }
        // With the default check, the generator reuses its validation instead of validating again.
        Diagnostic validation = check instanceof PlanRulesCheck ? PlanValidation.validate(plan.get()) : null;
        List<PlanCheck.Finding> found = check instanceof PlanRulesCheck rules ? rules.findings(validation)
                : check.check(plan.get());
        List<PlanCheck.Finding> errors = found.stream().filter(PlanCheck.Finding::error).toList();
        if (!errors.isEmpty()) {
            for (PlanCheck.Finding finding : errors) {
                line(err, request.planFile() + ": error: " + finding.message());
            }
            if (!request.force()) {
                error(request.planFile() + " has " + errors.size() + " validation error(s), so nothing was generated;"
                        + " fix them, or add --force to generate anyway");
                return INVALID;
            }
            error("generating despite " + errors.size() + " validation error(s) (--force)");
        }
        GenerationProgress progress = new GenerationProgress() {
            @Override
            public void step(String file) {
                TacticianCommandLine.this.step = file;
                line(out, "writing " + file);
            }

            @Override
            public void warning(String message) {
                line(err, "warning: " + message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        boolean committing = false;
        try (OutputRun run = OutputRun.start(outFolder,
                folder -> line(out, "waiting for another generation into " + folder + " to finish"))) {
            List<GeneratedArtifact> staged = new PlanGenerator().generate(plan.get(), validation, run.staging(), request.formats(),
                    request.summaryOnly(), progress);
            committing = true;
            OutputRun.Result result = run.commit(staged);
            for (String stale : result.removed()) {
                line(out, "removed " + stale + " (an earlier run wrote it, this one did not)");
            }
            line(out, "wrote " + result.written().size() + " file(s) to " + run.folder());
            return OK;
        } catch (GenerationFailedException e) {
            if (HeapExhaustion.record(e) || HeapExhaustion.since(heapMark)) {
                return outOfMemory();
            }
            LOG.log(Level.SEVERE, e.getMessage(), e);
            error(e.getMessage() + "; nothing was changed in " + outFolder + " (" + VERBOSE + " shows the details)");
            return BAD_INPUT;
        } catch (IOException e) {
            if (HeapExhaustion.record(e) || HeapExhaustion.since(heapMark)) {
                return outOfMemory();
            }
            LOG.log(Level.SEVERE, "cannot write to " + outFolder, e);
            error("cannot write to " + outFolder + ": " + writeProblem(e)
                    + (committing ? "" : "; nothing was changed in " + outFolder));
            return BAD_INPUT;
        }
    }

    /** The output that would be the plan file itself, if the plan lies in the output folder under an output's name. */
    private static Optional<String> outputReplacingThePlan(GenerateRequest request) {
        Path plan = Path.of(request.planFile()).toAbsolutePath().normalize();
        Path folder = request.outFolder().toAbsolutePath().normalize();
        for (String name : PlanGenerator.fileNames(request.formats(), request.summaryOnly())) {
            Path output = folder.resolve(name);
            try {
                if (output.equals(plan) || Files.exists(output) && Files.exists(plan) && Files.isSameFile(output, plan)) {
                    return Optional.of(name);
                }
            } catch (IOException e) {
                // unreadable: not provably the same file; writing will tell
            }
        }
        return Optional.empty();
    }

    /** What went wrong with a file, in a user's words: {@code /x/plan.pdf: permission denied}. */
    private static String writeProblem(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return ((FileSystemException) e).getFile() + ": a file is in the way of a folder";
        }
        if (e instanceof FileSystemException failure && failure.getFile() != null) {
            return failure.getFile() + (failure.getReason() == null ? "" : ": " + failure.getReason());
        }
        return oneLine(e);
    }

    private Optional<MarketingPlan> load(String file) {
        try {
            line(out, "loading " + file);
            MarketingPlan plan = PlanFiles.load(Path.of(file));
            // A plan of an older format is migrated in memory; say so, and what changed (the file stays as it is).
            if (plan.eResource() instanceof PlanResource resource) {
                for (String note : resource.migrationNotes()) {
                    line(out, file + ": note: " + note);
                }
            }
            return Optional.of(plan);
        } catch (PlanLoadException e) {
            // Every problem on its own line (file:line:column: problem), the first ones if many.
            List<PlanLoadException.Problem> problems = e.problems();
            for (PlanLoadException.Problem problem : problems.subList(0, Math.min(problems.size(), SHOWN_LOAD_PROBLEMS))) {
                line(err, e.file() + ":" + problem.describe());
            }
            if (problems.size() > SHOWN_LOAD_PROBLEMS) {
                line(err, e.file() + ": and " + (problems.size() - SHOWN_LOAD_PROBLEMS) + " more problems");
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            if (HeapExhaustion.causedBy(e)) {
                throw e;
            }
            line(err, file + ": " + oneLine(e));
            return Optional.empty();
        }
    }

    private static Set<ArtifactFormat> formats(String list) {
        String known = Arrays.stream(ArtifactFormat.values()).map(ArtifactFormat::id).collect(Collectors.joining(", "));
        Set<ArtifactFormat> formats = EnumSet.noneOf(ArtifactFormat.class);
        for (String id : list.split(",", -1)) {
            if (id.isBlank()) {
                throw new UsageException("--format needs a comma-separated list of " + known + " without empty items");
            }
            formats.add(ArtifactFormat.byId(id)
                    .orElseThrow(() -> new UsageException("unknown format '" + id.trim() + "' (known: " + known + ")")));
        }
        return formats;
    }

    private static void once(Object earlier, String option) {
        if (earlier != null) {
            throw new UsageException(option + " is given twice");
        }
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private int usage(String problem) {
        error(problem + " (tactician --help shows the usage)");
        return BAD_INPUT;
    }

    private void error(String message) {
        line(err, "tactician: " + message);
    }

    /**
     * Prints one line. Text from plans and file names can hold control characters (escape
     * sequences, bells, line breaks): they are shown escaped, so a terminal is never driven by
     * a plan and one finding stays one line.
     */
    private static void line(PrintStream stream, String text) {
        stream.println(printable(text));
    }

    static String printable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> result.append("\\n");
                case '\r' -> result.append("\\r");
                case '\t' -> result.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                        result.append(String.format("\\u%04x", c));
                    } else {
                        result.appendCodePoint(c);
                    }
                }
            }
        });
        return result.toString();
    }

    private static String oneLine(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A wrong command line; its message says what is wrong. */
    private static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
