package org.claimtrace.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The claimtrace vocabulary (ontology/claimtrace.ttl): what schema.org, PROV-O, SKOS and NIF lack. */
public final class CT {
    private CT() {}

    public static final String NS = "https://claimtrace.org/ns#";

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource Entity = r("Entity");
    /** An entity the text describes rather than names ("military officials", "local media"). */
    public static final Resource DescribedParty = r("DescribedParty");
    /** A user gazetteer the store keeps (its Turtle text, ct:turtle, under its file name, dct:source). */
    public static final Resource UserGazetteer = r("UserGazetteer");
    public static final Property turtle = p("turtle");
    public static final Resource Event = r("Event");
    public static final Resource Mention = r("Mention");
    public static final Resource IngestRun = r("IngestRun");
    public static final Resource Fact = r("Fact");
    public static final Resource Claim = r("Claim");
    public static final Resource Denial = r("Denial");
    public static final Resource Attribution = r("Attribution");
    public static final Resource Report = r("Report");
    public static final Resource Statement = r("Statement");
    public static final Resource Quotation = r("Quotation");
    public static final Resource Threat = r("Threat");
    public static final Resource Figure = r("Figure");
    public static final Resource OrgRelation = r("OrgRelation");

    // Articles, sentences, mentions, runs
    public static final Property articleId = p("articleId");
    public static final Property sentenceIndex = p("sentenceIndex");
    public static final Property inSentence = p("inSentence");
    public static final Property typedBy = p("typedBy");
    public static final Property entityType = p("entityType");
    public static final Property annotators = p("annotators");
    public static final Property annotationNote = p("annotationNote");
    public static final Property photoCredit = p("photoCredit");
    public static final Property wireService = p("wireService");
    public static final Property eventKind = p("eventKind");
    public static final Property eventDate = p("eventDate");
    public static final Property publishedAt = p("publishedAt");
    public static final Property localKey = p("localKey");
    public static final Property localType = p("localType");

    // Cross-article resolution (the resolution graph)
    public static final Resource LocalCluster = r("LocalCluster");
    public static final Resource ClaimGroup = r("ClaimGroup");
    public static final Property resolvedFrom = p("resolvedFrom");
    public static final Property inArticle = p("inArticle");
    public static final Property mergeReason = p("mergeReason");
    public static final Property typeRule = p("typeRule");
    public static final Property instance = p("instance");
    public static final Property firstAppearance = p("firstAppearance");
    public static final Property articleCount = p("articleCount");
    public static final Property mentionCount = p("mentionCount");
    public static final Property listRank = p("listRank");
    public static final Resource Position = r("Position");
    public static final Property stance = p("stance");
    public static final Property party = p("party");
    public static final Property heldBy = p("heldBy");
    public static final Property sampleInstance = p("sampleInstance");
    public static final Resource Conflict = r("Conflict");
    public static final Property conflictKind = p("conflictKind");
    public static final Property firstPosition = p("firstPosition");
    public static final Property secondPosition = p("secondPosition");
    public static final Resource Assertion = r("Assertion");
    public static final Property assertionKind = p("assertionKind");
    public static final Property agent = p("agent");
    public static final Property statedIn = p("statedIn");
    public static final Property outlet = p("outlet");
    public static final Property outletCount = p("outletCount");
    public static final Property fileList = p("fileList");
    public static final Property outletList = p("outletList");

    // Every fact
    public static final Property evidence = p("evidence");
    public static final Property evidenceText = p("evidenceText");
    public static final Property rule = p("rule");
    public static final Property confidence = p("confidence");
    public static final Property cue = p("cue");
    public static final Property cueBegin = p("cueBegin");
    public static final Property cueEnd = p("cueEnd");
    public static final Property event = p("event");
    public static final Property channel = p("channel");

    // Claims and denials
    public static final Property claimant = p("claimant");
    public static final Property denier = p("denier");
    // Attributions
    public static final Property attributor = p("attributor");
    public static final Property attributedParty = p("attributedParty");
    public static final Property certainty = p("certainty");
    // Reports
    public static final Property reporter = p("reporter");
    public static final Property reportKind = p("reportKind");
    public static final Property reported = p("reported");
    public static final Property reportedSource = p("reportedSource");
    public static final Property fromStatement = p("fromStatement");
    // Statements
    public static final Property source = p("source");
    public static final Property sourceText = p("sourceText");
    public static final Property sourceBegin = p("sourceBegin");
    public static final Property sourceEnd = p("sourceEnd");
    public static final Property content = p("content");
    public static final Property contentBegin = p("contentBegin");
    public static final Property contentEnd = p("contentEnd");
    public static final Property direct = p("direct");
    // Threats
    public static final Property threatener = p("threatener");
    public static final Property target = p("target");
    // Figures
    public static final Property figureKind = p("figureKind");
    public static final Property value = p("value");
    public static final Property quantity = p("quantity");
    public static final Property qualifier = p("qualifier");
    public static final Property givenBy = p("givenBy");
    // Organisational relations
    public static final Property relation = p("relation");
    public static final Property subjectEntity = p("subjectEntity");
    public static final Property objectEntity = p("objectEntity");

    // Shortcut edges of the mission, beside the n-ary facts
    public static final Property claimedBy = p("claimedBy");
    public static final Property attributedTo = p("attributedTo");
    public static final Property reportedBy = p("reportedBy");
    public static final Property deniedBy = p("deniedBy");
    public static final Property threatened = p("threatened");
    public static final Property mediaOutletOf = p("mediaOutletOf");
    public static final Property branchOf = p("branchOf");
}
