package org.claimtrace.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.map.Prefixes;

/**
 * Builds the resolution graph from the rows of the article graphs as rewritten ({@link
 * ResolutionRows}, {@link ResolutionQuery#GRAPH_INPUTS}): why each article's entity
 * belongs to its node, verified owl:sameAs links, gazetteer links, the events' members, claim
 * groups ({@link ClaimGroups}), positions ({@link Positions}) and the pairs of them that conflict
 * ({@link Conflicts}), one summary per entity and event ({@link Summaries}) and assertions with
 * the articles and outlets behind them ({@link Assertions}).
 */
final class ResolutionGraph {
    /** What was built: the graph and how many claim groups it holds. */
    record Built(Model graph, int claimGroups) {}

    private final Iris iris;
    private final String graphIri;

    ResolutionGraph(Iris iris, String graphIri) {
        this.iris = iris;
        this.graphIri = graphIri;
    }

    Built build(EntityResolution entities, EventResolution events, ResolutionRows rows) {
        Model m = Prefixes.apply(ModelFactory.createDefaultModel());
        entityMembers(m, entities.entities());
        eventMembers(m, events.events());
        int groups = ClaimGroups.write(m, iris, rows.of(ResolutionQuery.CLAIMS));
        Conflicts.write(m, iris, Positions.write(m, iris, rows.of(ResolutionQuery.POSITIONS)), rows.of(ResolutionQuery.BRANCH_LINKS));
        Summaries.write(m, rows.of(ResolutionQuery.ENTITY_TYPES), rows.of(ResolutionQuery.ENTITY_NAMES),
                rows.of(ResolutionQuery.MENTION_COUNTS));
        Assertions.write(m, iris, rows.of(ResolutionQuery.FACTS));
        return new Built(m, groups);
    }

    /** Each entity's type rule, sameAs and gazetteer links, and the article clusters it was resolved from, with why. */
    private void entityMembers(Model m, List<CanonicalEntity> entities) {
        Map<String, String> conceptEntity = new HashMap<>();
        for (CanonicalEntity e : entities) if (e.concept() != null) conceptEntity.put(e.concept().iri(), iris.entity(e.slug()));
        for (CanonicalEntity e : entities) {
            Resource r = m.createResource(iris.entity(e.slug())).addProperty(CT.typeRule, e.typeRule());
            if (e.described()) r.addProperty(RDF.type, CT.DescribedParty);
            if (e.concept() != null) {
                for (String s : e.concept().sameAs()) r.addProperty(OWL.sameAs, m.createResource(s));
                for (String b : e.concept().branchOf()) {
                    if (conceptEntity.containsKey(b)) r.addProperty(CT.branchOf, m.createResource(conceptEntity.get(b)));
                }
                for (String o : e.concept().mediaOutletOf()) {
                    if (conceptEntity.containsKey(o)) r.addProperty(CT.mediaOutletOf, m.createResource(conceptEntity.get(o)));
                }
            }
            for (LocalCluster c : e.members()) {
                r.addProperty(CT.resolvedFrom, m.createResource(c.article() + "#cluster-" + NameKeys.slug(c.localKey()))
                        .addProperty(RDF.type, CT.LocalCluster).addProperty(CT.inArticle, m.createResource(c.article()))
                        .addProperty(CT.localKey, c.localKey())
                        .addProperty(CT.mergeReason, e.reasons().get(c.id())));
            }
        }
    }

    /** Each event's date and the article events it was resolved from, with why. */
    private void eventMembers(Model m, List<EventResolver.CanonicalEvent> events) {
        for (EventResolver.CanonicalEvent ev : events) {
            Resource r = m.createResource(iris.event(ev.slug()));
            if (ev.date() != null) r.addLiteral(CT.eventDate, m.createTypedLiteral(ev.date().toString(), XSDDatatype.XSDdate));
            for (int i = 0; i < ev.members().size(); i++) {
                EventResolver.LocalEvent le = ev.members().get(i);
                // Named by what the article says of it (kind, place), not by its IRI, which resolution may change.
                String local = NameKeys.slug(le.kind().toLowerCase(Locale.ROOT) + " "
                        + (le.place() == null ? "" : le.place().replaceAll(".*/", "")));
                r.addProperty(CT.resolvedFrom, m.createResource(le.article() + "#event-" + local)
                        .addProperty(RDF.type, CT.LocalCluster).addProperty(CT.inArticle, m.createResource(le.article()))
                        .addProperty(CT.mergeReason, ev.reasons().get(i)));
            }
        }
    }
}
