package org.claimtrace.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.Mention;

/** The resolve stage's output: the annotated article and the entities its mentions belong to. */
public record ResolvedArticle(AnnotatedArticle annotated, List<Entity> entities, Map<Mention, Entity> entityOf) {
    public Optional<Entity> entityOf(Mention m) {
        return Optional.ofNullable(entityOf.get(m));
    }
}
