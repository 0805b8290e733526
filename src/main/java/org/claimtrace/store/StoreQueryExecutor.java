package org.claimtrace.store;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * Works around a Jena 6.0.0 TDB2 failure: to reorder a basic graph pattern, TDB2 peeks at the first
 * input row and fails ("Peek iterator is already empty") when there is none, e.g. a GRAPH block
 * that matched nothing joined to the next one. An empty input gives an empty result without
 * asking TDB2; any other input goes to TDB2 unchanged, so its pattern reordering still applies.
 */
final class EmptyInputSafeExecutor extends OpExecutorTDB2 {

    private EmptyInputSafeExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Installs the executor for every query on this dataset (TDB2 sets its own in the dataset's context). */
    static void install(org.apache.jena.query.Dataset dataset) {
        JenaSystem.init();
        QC.setFactory(dataset.getContext(), EmptyInputSafeExecutor::new);
        QC.setFactory(dataset.asDatasetGraph().getContext(), EmptyInputSafeExecutor::new);
    }

    @Override
    protected QueryIterator execute(OpBGP op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : empty(peek);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : empty(peek);
    }

    @Override
    protected QueryIterator execute(OpFilter op, QueryIterator input) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        return peek.hasNext() ? super.execute(op, peek) : empty(peek);
    }

    private QueryIterator empty(QueryIterator input) {
        input.close();
        return QueryIterNullIterator.create(execCxt);
    }
}
