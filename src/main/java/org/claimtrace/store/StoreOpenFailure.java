package org.claimtrace.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;

/**
 * Why TDB2 could not open or read a store, said for the user: in use by another process, not
 * writable by this user (TDB2 writes its lock file and journal even to read), or damaged files.
 * TDB2's own messages mislead here: a damaged data file says "not a multiple of blocksize", which
 * an earlier check for the word "lock" took for a lock held by another process.
 */
final class StoreOpenFailure {
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    private StoreOpenFailure() {}

    static StoreException of(Path dir, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DBOpEnvException && String.valueOf(t.getMessage()).contains("Failed to get a lock")) {
                Matcher m = HELD_BY.matcher(t.getMessage());
                return new StoreException("store " + dir + " is in use by another process" + (m.find() ? " (pid " + m.group(1) + ")" : "")
                        + "; stop it (claimtrace serve?) or use another --store", e);
            }
            if (t instanceof AccessDeniedException denied) {
                return new StoreException("store " + dir + " is not writable by this user (" + denied.getFile() + ": permission denied; "
                        + "TDB2 writes its lock file and journal even to read); copy the store to a folder you can write, "
                        + "or fix its permissions", e);
            }
            if (t instanceof FileSystemException fs && String.valueOf(fs.getReason()).contains("Read-only file system")) {
                return new StoreException("store " + dir + " is on a read-only file system (TDB2 writes its lock file and journal "
                        + "even to read); copy it to a writable folder", e);
            }
        }
        return damaged(dir, e);
    }

    /** Anything else TDB2's storage layer throws means its files are not what it wrote. */
    static StoreException damaged(Path dir, Throwable e) {
        return new StoreException("store " + (dir == null ? "" : dir + " ") + "is damaged (" + firstLine(rootMessage(e))
                + "); restore a backup, or ingest the articles again into a new --store", e);
    }

    /** Whether an exception comes from TDB2's storage (its files), not from a query or from claimtrace. */
    static boolean isStorageFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String pkg = t.getClass().getPackageName();
            if (pkg.startsWith("org.apache.jena.dboe") || pkg.startsWith("org.apache.jena.tdb2")) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
