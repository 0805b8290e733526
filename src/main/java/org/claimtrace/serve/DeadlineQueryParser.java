package org.claimtrace.serve;

import java.io.IOException;
import java.io.Reader;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.ParseException;
import org.apache.jena.sparql.lang.arq.javacc.TokenMgrError;

/**
 * Parses a query (ARQ syntax, as Fuseki does) but stops at a deadline. Jena's parser takes time
 * that grows with the square of the longest token (its character buffer grows 2,048 characters
 * at a time, copying the token so far: a 4 MB string literal takes 10 s), and it cannot be
 * interrupted; here it reads the text through a reader that ends the text once the deadline has
 * passed, so the parse stops within one buffer's growth, and the query is reported as too slow
 * rather than malformed. Errors are translated as Jena's ParserARQ translates them.
 */
final class DeadlineQueryParser extends SPARQLParser {
    /** The parse ran past its deadline. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super("query parsing ran past the time-out");
        }
    }

    private final long deadlineNanos;
    private DeadlineReader reader;

    private DeadlineQueryParser(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** The query, as QueryFactory.create(text, base, Syntax.syntaxARQ) gives it, or TooSlow past {@code deadlineNanos}. */
    static Query parse(String text, String base, long deadlineNanos) {
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBase(IRIx.create(base));
        DeadlineQueryParser parser = new DeadlineQueryParser(deadlineNanos);
        try {
            parser.parse(query, text);
        } catch (QueryException e) {
            if (parser.reader != null && parser.reader.stopped) throw new TooSlow();
            throw e;
        }
        if (parser.reader.stopped) throw new TooSlow();
        return query;
    }

    @Override
    protected Query parse$(Query query, String text) {
        reader = new DeadlineReader(text, deadlineNanos);
        ARQParser parser = new ARQParser(reader);
        try {
            query.setStrict(true);
            parser.setQuery(query);
            parser.QueryUnit();
        } catch (ParseException e) {
            throw new QueryParseException(e.getMessage(), e.currentToken.beginLine, e.currentToken.beginColumn);
        } catch (TokenMgrError e) {
            throw new QueryParseException(e.getMessage(), parser.token.endLine, parser.token.endColumn);
        } catch (QueryException e) {
            throw e;
        } catch (JenaException e) {
            throw new QueryException(e.getMessage(), e);
        } catch (Error e) {
            // The token stream throws errors; a very deeply nested query overflows the stack.
            throw new QueryParseException(String.valueOf(e.getMessage()), e, -1, -1);
        }
        return query;
    }

    /** The text, ended early (as if it had no more characters) once the deadline has passed. */
    private static final class DeadlineReader extends Reader {
        private final String text;
        private final long deadlineNanos;
        private int next;
        boolean stopped;

        DeadlineReader(String text, long deadlineNanos) {
            this.text = text;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (next >= text.length()) return -1;
            if (System.nanoTime() - deadlineNanos > 0) {
                stopped = true;
                return -1;
            }
            int n = Math.min(len, text.length() - next);
            text.getChars(next, next + n, buf, off);
            next += n;
            return n;
        }

        @Override
        public void close() {
            // a string holds nothing to release
        }
    }
}
