package org.claimtrace.serve;

/** A request the server refuses: its HTTP status and a one-line message for the client. */
final class BadRequest extends RuntimeException {
    private final int status;

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
