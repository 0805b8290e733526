package org.claimtrace.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;

/**
 * ORDER BY that reads each row once. Jena's sort evaluates every key of both rows at each of the
 * some 15 comparisons a row takes part in: it looks the variable up in a chain of partial
 * bindings over TDB2 node ids, decodes the node through the node-table cache and makes a
 * {@link NodeValue} through another cache. Here each row is copied flat and its keys evaluated
 * once, before sorting. The order is Jena's: the same key comparison
 * ({@link BindingComparator#compareNodesRaw}; unbound and failed keys first), then Jena's
 * tie-break over the whole row ({@link BindingComparator#compareBindingsSyntactic}).
 */
final class FlatSortIterator extends QueryIter1 {
    private record Row(Binding binding, NodeValue[] keys) {}

    private final List<SortCondition> conditions;
    private volatile boolean cancelled;
    private Iterator<Row> sorted;

    FlatSortIterator(QueryIterator input, List<SortCondition> conditions, ExecutionContext execCxt) {
        super(input, execCxt);
        this.conditions = conditions;
    }

    @Override
    protected boolean hasNextBinding() {
        return sorted().hasNext();
    }

    @Override
    protected Binding moveToNextBinding() {
        return sorted().next().binding();
    }

    private Iterator<Row> sorted() {
        if (sorted == null) {
            List<Row> rows = new ArrayList<>();
            QueryIterator input = getInput();
            while (input.hasNext()) {
                Binding row = BindingFactory.copy(input.next());
                rows.add(new Row(row, keys(row)));
            }
            rows.sort(this::compare);
            sorted = rows.iterator();
        }
        return sorted;
    }

    private NodeValue[] keys(Binding row) {
        NodeValue[] keys = new NodeValue[conditions.size()];
        for (int i = 0; i < keys.length; i++) {
            try {
                keys[i] = conditions.get(i).getExpression().eval(row, getExecContext());
            } catch (VariableNotBoundException e) {
                // unbound: no key, sorts first
            } catch (ExprEvalException e) {
                Log.warn(this, e.getMessage()); // as Jena's sort: no key, sorts first
            }
        }
        return keys;
    }

    private int compare(Row a, Row b) {
        if (cancelled) throw new QueryCancelledException();
        for (int i = 0; i < a.keys().length; i++) {
            int x = BindingComparator.compareNodesRaw(a.keys()[i], b.keys()[i]);
            if (conditions.get(i).getDirection() == Query.ORDER_DESCENDING) x = -x;
            if (x != 0) return x;
        }
        return BindingComparator.compareBindingsSyntactic(a.binding(), b.binding());
    }

    @Override
    protected void requestSubCancel() {
        cancelled = true;
    }

    @Override
    protected void closeSubIterator() {
        sorted = null;
    }
}
