package org.tactician.model;

/** What a channel's category says about where its results count. */
public final class Channels {

    private Channels() {
    }

    /**
     * Whether results on {@code channel} count in the plan's online total: every channel except
     * physical stores and events (an unclassified channel counts online). The value of the derived
     * feature {@link Channel#isOnline()}, for code that must not install the plan's adapter (the
     * engines).
     */
    public static boolean isOnline(Channel channel) {
        return !channel.isSetCategory()
                || channel.getCategory() != ChannelCategory.PHYSICAL_STORE && channel.getCategory() != ChannelCategory.EVENTS;
    }
}
