package org.claimtrace.serve;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/** Whether a query calls out with SERVICE anywhere: in its pattern, a sub-query or a FILTER (NOT) EXISTS. */
final class ServiceCalls {
    private ServiceCalls() {}

    static boolean any(Query query) {
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}
