package org.claimtrace.cli;

/** A mistake of the user's (bad value, missing file): one line on stderr, exit 1, no stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
