package org.claimtrace.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.extract.EventMention;
import org.claimtrace.extract.Evidence;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.extract.Fact;
import org.claimtrace.map.Vocab.Dct;
import org.claimtrace.map.Vocab.Its;
import org.claimtrace.map.Vocab.Nif;
import org.claimtrace.map.Vocab.Prov;
import org.claimtrace.map.Vocab.Schema;
import org.claimtrace.map.Vocab.Skos;
import org.claimtrace.resolve.Entity;
import org.claimtrace.resolve.NameKeys;
import org.claimtrace.resolve.ResolvedArticle;
import org.claimtrace.source.Article;
import org.claimtrace.source.MetaSpan;

/**
 * The map stage: one article's named graph. The article node is the graph's name; it carries
 * its text (nif:isString), metadata and PROV record; entities, mentions with offsets,
 * sentences, events and every fact as an n-ary node with its evidence, plus the shortcut edges
 * (event claimed-by group, event attributed-to party, fact reported-by outlet).
 */
public final class ArticleGraph {
    private final Iris iris;

    public ArticleGraph(Iris iris) {
        this.iris = iris;
    }

    public Model build(ResolvedArticle resolved, ExtractedArticle extracted, IngestInfo info) {
        return new Builder(resolved, extracted, info).build();
    }

    /**
     * A confidence as xsd:decimal in its canonical form ("0.8", "1.0"), the form TDB2 stores it
     * in: a graph built here then equals, triple for triple, the graph read back from the store,
     * and rewriting a graph leaves its unchanged facts alone.
     */
    static String canonicalDecimal(double value) {
        String s = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private final class Builder {
        final ResolvedArticle resolved;
        final ExtractedArticle extracted;
        final IngestInfo info;
        final Article article;
        final String id;
        final Model m = ModelFactory.createDefaultModel();
        final Resource doc;
        final Map<String, Integer> factCounters = new HashMap<>();
        /** Each fact's node, by identity: a relayed fact is described once. */
        final Map<Fact, Resource> factNodes = new java.util.IdentityHashMap<>();

        Builder(ResolvedArticle resolved, ExtractedArticle extracted, IngestInfo info) {
            this.resolved = resolved;
            this.extracted = extracted;
            this.info = info;
            this.article = resolved.annotated().article();
            this.id = article.id();
            Prefixes.apply(m);
            this.doc = m.createResource(iris.article(id));
        }

        Model build() {
            articleNode();
            provenance();
            for (AnnotatedSentence s : resolved.annotated().sentences()) sentence(s);
            for (Entity e : resolved.entities()) entity(e);
            for (EventMention e : extracted.events()) event(e);
            for (Fact f : extracted.facts()) fact(f);
            return m;
        }

        void articleNode() {
            doc.addProperty(RDF.type, Schema.NewsArticle).addProperty(RDF.type, Nif.Context)
                    .addProperty(Nif.isString, article.text())
                    .addProperty(Dct.source, article.sourceName())
                    .addProperty(CT.articleId, id);
            var meta = article.meta();
            if (meta.title() != null) doc.addProperty(Schema.headline, meta.title());
            if (meta.published() != null) {
                // Always an xsd:date, so dates order and compare in SPARQL; the time, when given, beside it.
                doc.addLiteral(Schema.datePublished, m.createTypedLiteral(meta.published().substring(0, 10), XSDDatatype.XSDdate));
                if (meta.published().length() > 10) {
                    doc.addLiteral(CT.publishedAt, m.createTypedLiteral(meta.published(), XSDDatatype.XSDdateTime));
                }
            }
            if (meta.url() != null) doc.addProperty(Schema.url, m.createResource(meta.url()));
            if (meta.publisher() != null) {
                Resource pub = m.createResource(iris.entity(NameKeys.key(meta.publisher())))
                        .addProperty(RDF.type, Schema.NewsMediaOrganization).addProperty(RDF.type, CT.Entity)
                        .addProperty(CT.entityType, EntityType.MEDIA_OUTLET.name())
                        .addProperty(Skos.prefLabel, meta.publisher());
                doc.addProperty(Schema.publisher, pub);
            }
            for (String author : meta.authors()) {
                doc.addProperty(Schema.author, personNode(author));
            }
            for (MetaSpan s : article.spans()) {
                if (s.kind() == MetaSpan.Kind.PHOTO_CREDIT) doc.addProperty(CT.photoCredit, personNode(s.value()));
                if (s.kind() == MetaSpan.Kind.DATELINE) {
                    doc.addProperty(CT.wireService, m.createResource(iris.entity(NameKeys.key(s.value())))
                            .addProperty(RDF.type, Schema.NewsMediaOrganization).addProperty(RDF.type, CT.Entity)
                            .addProperty(CT.entityType, EntityType.MEDIA_OUTLET.name())
                            .addProperty(Skos.prefLabel, s.value()));
                }
            }
        }

        Resource personNode(String name) {
            return m.createResource(iris.entity(NameKeys.key(name)))
                    .addProperty(RDF.type, Schema.Person).addProperty(RDF.type, CT.Entity)
                    .addProperty(CT.entityType, EntityType.PERSON.name()).addProperty(Schema.name, name)
                    .addProperty(Skos.prefLabel, NameKeys.withoutTitle(name));
        }

        void provenance() {
            Resource agent = m.createResource(iris.agent(info.toolVersion()))
                    .addProperty(RDF.type, Prov.SoftwareAgent).addProperty(RDF.type, Schema.SoftwareApplication)
                    .addProperty(Schema.name, "claimtrace").addProperty(Schema.softwareVersion, info.toolVersion());
            Resource run = m.createResource(iris.ingest(id))
                    .addProperty(RDF.type, Prov.Activity).addProperty(RDF.type, CT.IngestRun)
                    .addProperty(Prov.wasAssociatedWith, agent)
                    .addProperty(Prov.used, article.sourceName())
                    .addProperty(CT.annotators, info.annotators())
                    .addLiteral(Prov.startedAtTime, m.createTypedLiteral(info.startedAt().toString(), XSDDatatype.XSDdateTime))
                    .addLiteral(Prov.endedAtTime, m.createTypedLiteral(info.endedAt().toString(), XSDDatatype.XSDdateTime));
            for (String note : info.notes()) run.addProperty(CT.annotationNote, note);
            doc.addProperty(Prov.wasGeneratedBy, run);
        }

        void sentence(AnnotatedSentence s) {
            m.createResource(iris.sentence(id, s.index()))
                    .addProperty(RDF.type, Nif.Sentence).addProperty(Nif.referenceContext, doc)
                    .addLiteral(CT.sentenceIndex, m.createTypedLiteral(s.index()))
                    .addLiteral(Nif.beginIndex, nonNeg(s.begin())).addLiteral(Nif.endIndex, nonNeg(s.end()))
                    .addProperty(Nif.anchorOf, s.text());
        }

        Literal nonNeg(int i) {
            return m.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
        }

        void entity(Entity e) {
            Resource r = entityNode(e);
            for (Mention mention : e.mentions()) {
                Resource mr = m.createResource(iris.mention(id, mention.begin(), mention.end()))
                        .addProperty(RDF.type, CT.Mention).addProperty(RDF.type, Nif.Phrase)
                        .addProperty(Nif.referenceContext, doc)
                        .addLiteral(Nif.beginIndex, nonNeg(mention.begin())).addLiteral(Nif.endIndex, nonNeg(mention.end()))
                        .addProperty(Nif.anchorOf, mention.text())
                        .addProperty(Its.taIdentRef, r)
                        .addProperty(CT.typedBy, mention.source())
                        .addProperty(CT.localKey, e.key())
                        .addProperty(CT.localType, localType(e, mention).name());
                if (mention.sentence() >= 0) mr.addProperty(CT.inSentence, m.createResource(iris.sentence(id, mention.sentence())));
            }
            for (String why : e.merges()) r.addProperty(RDFS.comment, "merged in " + article.sourceName() + ": " + why);
        }

        /** A surname the article ties to a person's full name is a person's, whatever NER said of it alone ("Bell"). */
        EntityType localType(Entity e, Mention mention) {
            boolean surname = e.type() == EntityType.PERSON && e.merges().stream().anyMatch(r -> r.startsWith("surname"));
            return surname ? EntityType.PERSON : mention.type();
        }

        Resource entityNode(Entity e) {
            Resource r = m.createResource(iris.entity(e.key()))
                    .addProperty(RDF.type, CT.Entity).addProperty(RDF.type, Schema.classOf(e.type()))
                    .addProperty(CT.entityType, e.type().name())
                    .addProperty(Skos.prefLabel, e.label());
            for (String a : e.aliases()) r.addProperty(Skos.altLabel, a);
            if (e.described()) r.addProperty(RDF.type, CT.DescribedParty);
            return r;
        }


        /** The node of the entity a mention belongs to. */
        Resource node(Mention mention) {
            if (mention == null) return null;
            return resolved.entityOf(mention).map(e -> m.createResource(iris.entity(e.key())))
                    .orElseGet(() -> m.createResource(iris.entity(NameKeys.key(mention.text()))));
        }

        /**
         * An unplaced mention of the main event's kind ("the attack") is the main event. An event's
         * place is a place: "an attack in the Interior Ministry" or on an organisation names its
         * target, not where it was, so such an event counts as unplaced.
         */
        EventMention placed(EventMention e) {
            EventMention ev = withPlacesOnly(e);
            EventMention main = withPlacesOnly(extracted.mainEvent());
            return ev.place() == null && main != null && main.kind().equals(ev.kind()) ? main : ev;
        }

        EventMention withPlacesOnly(EventMention e) {
            if (e == null || e.place() == null) return e;
            EntityType type = resolved.entityOf(e.place()).map(Entity::type).orElse(e.place().type());
            return type == EntityType.PLACE ? e : new EventMention(e.kind(), null, e.sentence(), e.span());
        }

        /** The event's slug; {@code ev} is the mention as {@link #placed} places it. */
        String eventSlug(EventMention ev) {
            String kind = ev.kind().toLowerCase(Locale.ROOT);
            if (ev.place() != null) {
                String place = resolved.entityOf(ev.place()).map(Entity::key).orElse(NameKeys.key(ev.place().text()));
                return NameKeys.slug(kind + " " + place);
            }
            return NameKeys.slug(kind) + "-" + id.substring(0, 12);
        }

        Resource event(EventMention e) {
            if (e == null) return null;
            EventMention ev = placed(e);
            Resource r = m.createResource(iris.event(eventSlug(ev)))
                    .addProperty(RDF.type, CT.Event).addProperty(RDF.type, Schema.Event)
                    .addProperty(CT.eventKind, ev.kind())
                    .addProperty(CT.entityType, "EVENT");
            String label = ev.kind();
            if (ev.place() != null) {
                Resource place = node(ev.place());
                r.addProperty(Schema.location, place);
                label = ev.kind() + " in " + resolved.entityOf(ev.place()).map(Entity::label).orElse(ev.place().text());
            }
            if (!r.hasProperty(Skos.prefLabel)) r.addProperty(Skos.prefLabel, label);
            EventDates.infer(e.span().text(), article.meta().published()).ifPresent(d ->
                    r.addLiteral(CT.eventDate, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
            if (!label.equals(e.span().text())) r.addProperty(Skos.altLabel, e.span().text());
            Resource mr = m.createResource(iris.mention(id, e.span().begin(), e.span().end()))
                    .addProperty(RDF.type, CT.Mention).addProperty(RDF.type, Nif.Phrase)
                    .addProperty(Nif.referenceContext, doc)
                    .addLiteral(Nif.beginIndex, nonNeg(e.span().begin())).addLiteral(Nif.endIndex, nonNeg(e.span().end()))
                    .addProperty(Nif.anchorOf, e.span().text())
                    .addProperty(Its.taIdentRef, r)
                    .addProperty(CT.typedBy, "event-lexicon");
            if (e.sentence() >= 0) mr.addProperty(CT.inSentence, m.createResource(iris.sentence(id, e.sentence())));
            return r;
        }

        Resource fact(Fact f) {
            // a fact a report relays may also stand in the article's list: one node for both
            Resource made = factNodes.get(f);
            if (made != null) return made;
            Evidence ev = f.evidence();
            String kind = switch (f) {
                case Fact.Claim c -> "claim";
                case Fact.Denial d -> "denial";
                case Fact.Attribution a -> "attribution";
                case Fact.Report r -> "report";
                case Fact.Statement s -> s.direct() ? "quotation" : "statement";
                case Fact.Threat t -> "threat";
                case Fact.Figure g -> "figure";
                case Fact.OrgRelation o -> "relation";
            };
            String key = kind + ev.span().begin() + "-" + ev.span().end();
            int n = factCounters.merge(key, 1, Integer::sum) - 1;
            Resource r = m.createResource(iris.fact(id, kind, ev.span().begin(), ev.span().end(), n))
                    .addProperty(RDF.type, CT.Fact)
                    .addProperty(Prov.wasDerivedFrom, doc)
                    .addProperty(CT.evidence, m.createResource(iris.sentence(id, ev.sentence())))
                    .addProperty(CT.evidenceText, ev.span().text())
                    .addLiteral(Nif.beginIndex, nonNeg(ev.span().begin())).addLiteral(Nif.endIndex, nonNeg(ev.span().end()))
                    .addProperty(CT.rule, ev.rule())
                    .addLiteral(CT.confidence, m.createTypedLiteral(canonicalDecimal(ev.confidence()), XSDDatatype.XSDdecimal));
            factNodes.put(f, r);
            if (ev.cue() != null) {
                r.addProperty(CT.cue, ev.cue().text())
                        .addLiteral(CT.cueBegin, nonNeg(ev.cue().begin())).addLiteral(CT.cueEnd, nonNeg(ev.cue().end()));
            }
            Fact.Statement from = switch (f) {
                case Fact.Claim c -> c.statement();
                case Fact.Denial d -> d.statement();
                case Fact.Attribution a -> a.statement();
                case Fact.Report rep -> rep.statement();
                default -> null;
            };
            if (from != null) r.addProperty(CT.fromStatement, fact(from));
            switch (f) {
                case Fact.Claim c -> {
                    r.addProperty(RDF.type, CT.Claim);
                    Resource event = event(c.event());
                    Resource claimant = node(c.claimant());
                    r.addProperty(CT.claimant, claimant);
                    if (event != null) {
                        r.addProperty(CT.event, event);
                        event.addProperty(CT.claimedBy, claimant);
                    }
                    if (c.channel() != null) r.addProperty(CT.channel, node(c.channel()));
                }
                case Fact.Denial d -> {
                    r.addProperty(RDF.type, CT.Denial).addProperty(CT.denier, node(d.denier()));
                    Resource event = event(d.event());
                    if (event != null) {
                        r.addProperty(CT.event, event);
                        event.addProperty(CT.deniedBy, node(d.denier()));
                    }
                }
                case Fact.Attribution a -> {
                    r.addProperty(RDF.type, CT.Attribution)
                            .addProperty(CT.attributedParty, node(a.party()))
                            .addProperty(CT.certainty, a.certainty().name().toLowerCase(Locale.ROOT));
                    if (a.attributor() != null) r.addProperty(CT.attributor, node(a.attributor()));
                    Resource event = event(a.event());
                    if (event != null) {
                        r.addProperty(CT.event, event);
                        event.addProperty(CT.attributedTo, node(a.party()));
                    }
                }
                case Fact.Report rep -> {
                    r.addProperty(RDF.type, CT.Report).addProperty(CT.reporter, node(rep.reporter()))
                            .addProperty(CT.reportKind, rep.kind().name().toLowerCase(Locale.ROOT));
                    if (rep.subject() != null) r.addProperty(CT.reportedSource, node(rep.subject()));
                    if (rep.reported() != null) {
                        Resource inner = fact(rep.reported());
                        r.addProperty(CT.reported, inner);
                        inner.addProperty(CT.reportedBy, node(rep.reporter()));
                    }
                }
                case Fact.Statement s -> {
                    r.addProperty(RDF.type, CT.Statement);
                    if (s.direct()) r.addProperty(RDF.type, CT.Quotation);
                    r.addLiteral(CT.direct, s.direct());
                    if (s.source() != null) {
                        Resource src = node(s.source());
                        r.addProperty(CT.source, src).addProperty(Prov.wasQuotedFrom, src);
                    }
                    if (s.sourceSpan() != null) {
                        r.addProperty(CT.sourceText, s.sourceSpan().text())
                                .addLiteral(CT.sourceBegin, nonNeg(s.sourceSpan().begin()))
                                .addLiteral(CT.sourceEnd, nonNeg(s.sourceSpan().end()));
                    }
                    r.addProperty(CT.content, s.content().text())
                            .addLiteral(CT.contentBegin, nonNeg(s.content().begin()))
                            .addLiteral(CT.contentEnd, nonNeg(s.content().end()));
                }
                case Fact.Threat t -> {
                    r.addProperty(RDF.type, CT.Threat).addProperty(CT.threatener, node(t.threatener()))
                            .addProperty(CT.target, node(t.target()));
                    node(t.threatener()).addProperty(CT.threatened, node(t.target()));
                    if (t.channel() != null) r.addProperty(CT.channel, node(t.channel()));
                }
                case Fact.Figure g -> {
                    r.addProperty(RDF.type, CT.Figure).addProperty(CT.figureKind, g.kind())
                            .addProperty(CT.value, g.value())
                            .addLiteral(CT.quantity, m.createTypedLiteral(Long.toString(g.quantity()), XSDDatatype.XSDinteger));
                    if (g.qualifier() != null) r.addProperty(CT.qualifier, g.qualifier());
                    Resource event = event(g.event());
                    if (event != null) r.addProperty(CT.event, event);
                    if (g.givenBy() != null) r.addProperty(CT.givenBy, node(g.givenBy()));
                }
                case Fact.OrgRelation o -> {
                    r.addProperty(RDF.type, CT.OrgRelation).addProperty(CT.relation, o.relation())
                            .addProperty(CT.subjectEntity, node(o.subject())).addProperty(CT.objectEntity, node(o.object()));
                    node(o.subject()).addProperty(o.relation().equals("branch of") ? CT.branchOf : CT.mediaOutletOf,
                            node(o.object()));
                }
            }
            return r;
        }
    }

}
