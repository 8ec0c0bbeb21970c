package org.tactician.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tactician.cli.internal.PlanRulesCheck;
import org.tactician.generators.ArtifactFormat;
import org.tactician.generators.GeneratedArtifact;
import org.tactician.generators.GenerationProgress;
import org.tactician.generators.OutputFolder;
import org.tactician.generators.PlanGenerator;
import org.tactician.model.MarketingPlan;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanResource;
import org.tactician.model.resource.PlanLoadException;

/**
 * The {@code tactician} command line, independent of how it is launched (an Eclipse
 * application in the product, a plain call in tests):
 *
 * <pre>
 * tactician validate PLAN
 * tactician generate PLAN --out DIR [--format ics,csv,html,pdf,docx,xlsx] [--summary-only]
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

    private static final String USAGE = """
            Usage:
              tactician validate PLAN
                  Loads the plan and checks it; lists each problem on its own line.
              tactician generate PLAN --out DIR [--format FORMATS] [--summary-only]
                  Writes the plan's deliverables into DIR.
                  FORMATS: a comma-separated list of ics, csv, html, pdf, docx, xlsx
                  (default: all); csv writes the calendar entries and the budget lines.
                  --summary-only: the documents hold the executive summary only.
              tactician --help
                  Shows this text.

            Exit codes: 0 ok, 1 validation errors, 2 bad input or usage.
            Without a command, tactician starts the workbench.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final PlanCheck check;

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
    public int run(String... args) {
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        try {
            return switch (args[0]) {
                case "validate" -> validate(List.of(args).subList(1, args.length));
                case "generate" -> generate(List.of(args).subList(1, args.length));
                default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
    }

    private int validate(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("validate takes exactly one plan file");
        }
        Optional<MarketingPlan> plan = load(args.get(0));
        if (plan.isEmpty()) {
            return BAD_INPUT;
        }
        List<PlanCheck.Finding> findings = check.check(plan.get());
        long errors = findings.stream().filter(PlanCheck.Finding::error).count();
        for (PlanCheck.Finding finding : findings) {
            out.println(args.get(0) + ": " + (finding.error() ? "error" : "warning") + ": " + finding.message());
        }
        out.println(args.get(0) + ": " + (errors == 0 ? "valid" : errors + " error(s)")
                + (findings.size() > errors ? ", " + (findings.size() - errors) + " warning(s)" : ""));
        return errors == 0 ? OK : INVALID;
    }

    private int generate(List<String> args) {
        String planFile = null;
        Path outFolder = null;
        Set<ArtifactFormat> formats = EnumSet.allOf(ArtifactFormat.class);
        boolean summaryOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> outFolder = Path.of(value(args, ++i, "--out"));
                case "--format" -> formats = formats(value(args, ++i, "--format"));
                case "--summary-only" -> summaryOnly = true;
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
        if (Files.exists(outFolder) && !Files.isDirectory(outFolder)) {
            err.println("tactician: " + outFolder + ": not a folder");
            return BAD_INPUT;
        }
        Optional<MarketingPlan> plan = load(planFile);
        if (plan.isEmpty()) {
            return BAD_INPUT;
        }
        GenerationProgress progress = new GenerationProgress() {
            @Override
            public void step(String message) {
                out.println("writing " + message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try {
            List<GeneratedArtifact> written = new PlanGenerator().generate(plan.get(), new OutputFolder(outFolder), formats,
                    summaryOnly, progress);
            out.println("wrote " + written.size() + " file(s) to " + outFolder.toAbsolutePath().normalize());
            return OK;
        } catch (IOException | RuntimeException e) {
            err.println("tactician: cannot write to " + outFolder + ": " + oneLine(e));
            return BAD_INPUT;
        }
    }

    private Optional<MarketingPlan> load(String file) {
        try {
            out.println("loading " + file);
            MarketingPlan plan = PlanFiles.load(Path.of(file));
            // A plan of an older format is migrated in memory; say so, and what changed (the file stays as it is).
            if (plan.eResource() instanceof PlanResource resource) {
                for (String note : resource.migrationNotes()) {
                    out.println(file + ": note: " + note);
                }
            }
            return Optional.of(plan);
        } catch (PlanLoadException e) {
            err.println(oneLine(e));
            return Optional.empty();
        } catch (RuntimeException e) {
            err.println(file + ": " + oneLine(e));
            return Optional.empty();
        }
    }

    private static Set<ArtifactFormat> formats(String list) {
        Set<ArtifactFormat> formats = EnumSet.noneOf(ArtifactFormat.class);
        for (String id : list.split(",")) {
            formats.add(ArtifactFormat.byId(id).orElseThrow(() -> new UsageException("unknown format '" + id.trim()
                    + "' (known: " + java.util.Arrays.stream(ArtifactFormat.values()).map(ArtifactFormat::id)
                            .collect(java.util.stream.Collectors.joining(", ")) + ")")));
        }
        return formats;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    private int usage(String problem) {
        err.println("tactician: " + problem + " (tactician --help shows the usage)");
        return BAD_INPUT;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("[\\r\\n]+", " ");
    }

    /** A wrong command line; its message says what is wrong. */
    private static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
