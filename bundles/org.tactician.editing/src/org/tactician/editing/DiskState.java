package org.tactician.editing;

/** How the file of an open plan relates to what the session last read or wrote. */
public enum DiskState {
    /** The file holds what the session last loaded or saved. */
    IN_SYNC,
    /** Someone else changed the file since: reload it, or keep the session's version (saving overwrites). */
    CHANGED,
    /** The file is gone: saving writes it again. */
    DELETED
}
