package org.claimtrace.store;

import java.util.function.UnaryOperator;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterNullIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor with two changes, for every query on the store (CLI, resolution, Fuseki).
 * <ul>
 * <li>It works around a Jena 6.0.0 TDB2 failure: to reorder a basic graph pattern, TDB2 peeks at
 * the first input row and fails ("Peek iterator is already empty") when there is none, e.g. a
 * GRAPH block that matched nothing joined to the next one. An empty input gives an empty result
 * without asking TDB2; any other input goes to TDB2 unchanged, so its pattern reordering still
 * applies.
 * <li>ORDER BY reads each row and evaluates its sort keys once ({@link FlatSortIterator}), where
 * Jena's sort does so at every comparison. Same rows, same order.
 * </ul>
 */
public final class StoreQueryExecutor extends OpExecutorTDB2 {
    /** This executor with Jena's own ORDER BY: what tests compare the flat sort with. */
    public static final OpExecutorFactory WITH_JENA_SORT = cxt -> new StoreQueryExecutor(cxt, false);

    private final boolean flatSort;

    private StoreQueryExecutor(ExecutionContext execCxt, boolean flatSort) {
        super(execCxt);
        this.flatSort = flatSort;
    }

    /** Installs the executor for every query on this dataset (TDB2 sets its own in the dataset's context). */
    static void install(org.apache.jena.query.Dataset dataset) {
        JenaSystem.init();
        QC.setFactory(dataset.getContext(), cxt -> new StoreQueryExecutor(cxt, true));
        QC.setFactory(dataset.asDatasetGraph().getContext(), cxt -> new StoreQueryExecutor(cxt, true));
    }

    @Override
    protected QueryIterator execute(OpBGP op, QueryIterator input) {
        return unlessEmpty(input, rows -> super.execute(op, rows));
    }

    @Override
    protected QueryIterator execute(OpQuadPattern op, QueryIterator input) {
        return unlessEmpty(input, rows -> super.execute(op, rows));
    }

    @Override
    protected QueryIterator execute(OpFilter op, QueryIterator input) {
        return unlessEmpty(input, rows -> super.execute(op, rows));
    }

    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
        if (!flatSort) return super.execute(op, input);
        return new FlatSortIterator(exec(op.getSubOp(), input), op.getConditions(), execCxt);
    }

    /** TDB2's execution of the input rows, or no rows without asking TDB2 when there are none. */
    private QueryIterator unlessEmpty(QueryIterator input, UnaryOperator<QueryIterator> tdb2) {
        QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
        if (peek.hasNext()) return tdb2.apply(peek);
        peek.close();
        return QueryIterNullIterator.create(execCxt);
    }
}
