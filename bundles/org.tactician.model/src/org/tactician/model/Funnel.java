package org.tactician.model;

/** Where each RACE stage sits in the sales funnel. */
public final class Funnel {

    private Funnel() {
    }

    /**
     * The funnel position of a RACE stage: REACH is the top (ToFu), ACT the middle (MoFu),
     * CONVERT the bottom (BoFu), ENGAGE after the sale; PLAN is outside the funnel.
     */
    public static FunnelPosition positionOf(RaceStage stage) {
        return switch (stage) {
            case PLAN -> FunnelPosition.NONE;
            case REACH -> FunnelPosition.TOP;
            case ACT -> FunnelPosition.MIDDLE;
            case CONVERT -> FunnelPosition.BOTTOM;
            case ENGAGE -> FunnelPosition.AFTER_SALE;
        };
    }
}
