package org.claimtrace.util;

/**
 * A file or article name as one line of a terminal: a name may hold a newline, a carriage return
 * or an escape sequence (any byte but '/' and NUL is allowed in a Unix file name), which would
 * break the progress line or the one-line error it is part of, or rewrite the terminal.
 */
public final class Printable {
    private Printable() {}

    public static String of(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null && out == null) out = new StringBuilder(name.substring(0, i));
            if (out != null) {
                if (escape != null) out.append(escape);
                else out.append(c);
            }
        }
        return out == null ? name : out.toString();
    }
}
