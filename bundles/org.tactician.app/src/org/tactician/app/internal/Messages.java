package org.tactician.app.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the standalone application, from {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    public static String welcomeTitle;
    public static String welcomeLead;
    public static String welcomeStart;
    public static String welcomeLearn;
    public static String welcomeOpenSample;
    public static String welcomeOpenSampleDescription;
    public static String welcomeNewPlan;
    public static String welcomeNewPlanDescription;
    public static String welcomeHelp;
    public static String welcomeHelpDescription;
    public static String welcomeLearnRace;
    public static String welcomeLearnStructure;
    public static String welcomeLearnSections;
    public static String welcomeLearnSmart;
    public static String welcomeLearnRules;
    public static String welcomeLearnCommandLine;
    public static String welcomePlanParts;
    public static String welcomePartOverview;
    public static String welcomePartOverviewText;
    public static String welcomePartOpportunity;
    public static String welcomePartOpportunityText;
    public static String welcomePartStrategy;
    public static String welcomePartStrategyText;
    public static String welcomePartAction;
    public static String welcomePartActionText;
    public static String welcomePartOperations;
    public static String welcomePartOperationsText;
    public static String welcomePartJourney;
    public static String welcomePartJourneyText;
    public static String welcomeFooter;

    public static String sampleCopyFailed;
    public static String sampleOpenFailed;
    public static String sampleNoEditorTitle;
    public static String sampleNoEditor;
    public static String newPlanFailed;
    public static String sampleProjectComment;
    public static String sampleNotCreated;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
