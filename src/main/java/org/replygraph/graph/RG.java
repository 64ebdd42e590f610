package org.replygraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Every RDF term ReplyGraph writes, as constants. The public ones are fixed by
 * shared/design/ontology-contract.md; the rest (evidence, tables, extras) are documented in
 * ontology/replygraph.ttl.
 */
public final class RG {
    private RG() { }

    public static final String NS = "https://w3id.org/replygraph/ns#";
    public static final String DEFAULT_BASE = "https://w3id.org/replygraph/id/";

    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    /** Wikidata's entity namespace: {@code wd:Q47974} is Shaanxi (ontology/reference/wikidata.tsv). */
    public static final String WD = "http://www.wikidata.org/entity/";

    private static Node rg(String local) { return NodeFactory.createURI(NS + local); }

    /** The node a CURIE of the rg, foaf or org vocabulary names (rg:Agency, org:Organization), as in {@code EntityKind}. */
    public static Node curie(String curie) {
        int colon = curie.indexOf(':');
        String ns = colon < 0 ? null : switch (curie.substring(0, colon)) {
            case "rg" -> NS;
            case "foaf" -> FOAF;
            case "org" -> ORG;
            default -> null;
        };
        if (ns == null) throw new IllegalArgumentException("Illegal CURIE=" + curie + " : must be rg:, foaf: or org: and a local name");
        return NodeFactory.createURI(ns + curie.substring(colon + 1));
    }
    private static Node uri(String ns, String local) { return NodeFactory.createURI(ns + local); }

    // Classes (contract)
    public static final Node Document = rg("Document");
    public static final Node ReplyLetter = rg("ReplyLetter");
    public static final Node Proposal = rg("Proposal");
    public static final Node CppccProposal = rg("CppccProposal");
    public static final Node NpcSuggestion = rg("NpcSuggestion");
    public static final Node Member = rg("Member");
    public static final Node Assembly = rg("Assembly");
    public static final Node Session = rg("Session");
    public static final Node Agency = rg("Agency");
    public static final Node PolicyDocument = rg("PolicyDocument");
    public static final Node InnovationCentre = rg("InnovationCentre");
    // Classes (ours)
    public static final Node CoHandlingOpinion = rg("CoHandlingOpinion");
    public static final Node Mention = rg("Mention");
    public static final Node StatisticsTable = rg("StatisticsTable");
    /** A provincial-level division as a node (陕西省), beside the rg:jurisdiction literal. */
    public static final Node Jurisdiction = rg("Jurisdiction");

    // Properties (contract)
    public static final Node sourceFile = rg("sourceFile");
    public static final Node sha256 = rg("sha256");
    /** The version of the rules that made a stored document's graph (see graph.store.ExtractorVersion). */
    public static final Node extractorVersion = rg("extractorVersion");
    public static final Node documentNumber = rg("documentNumber");
    public static final Node indexNumber = rg("indexNumber");
    public static final Node issuedBy = rg("issuedBy");
    public static final Node answers = rg("answers");
    public static final Node coHandledBy = rg("coHandledBy");
    public static final Node signedBy = rg("signedBy");
    public static final Node replyCategory = rg("replyCategory");
    public static final Node contactPerson = rg("contactPerson");
    public static final Node proposalNumber = rg("proposalNumber");
    public static final Node session = rg("session");
    public static final Node proposer = rg("proposer");
    public static final Node assembly = rg("assembly");
    public static final Node term = rg("term");
    public static final Node meeting = rg("meeting");
    public static final Node memberOf = rg("memberOf");
    public static final Node mentions = rg("mentions");
    // Properties (ours)
    public static final Node proposerRole = rg("proposerRole");
    public static final Node charset = rg("charset");
    public static final Node text = rg("text");
    public static final Node cleanText = rg("cleanText");
    public static final Node cleanStart = rg("cleanStart");
    public static final Node cleanEnd = rg("cleanEnd");
    public static final Node jurisdiction = rg("jurisdiction");
    /** Document or agency → its provincial-level rg:Jurisdiction node. */
    public static final Node inJurisdiction = rg("inJurisdiction");
    public static final Node hasMention = rg("hasMention");
    public static final Node inDocument = rg("inDocument");
    public static final Node refersTo = rg("refersTo");
    public static final Node startOffset = rg("startOffset");
    public static final Node endOffset = rg("endOffset");
    public static final Node exact = rg("exact");
    public static final Node sentence = rg("sentence");
    public static final Node assemblyKind = rg("assemblyKind");
    public static final Node place = rg("place");
    public static final Node centreKind = rg("centreKind");
    public static final Node centreLevel = rg("centreLevel");
    public static final Node host = rg("host");
    public static final Node policyNumber = rg("policyNumber");
    public static final Node policyIssuer = rg("policyIssuer");
    public static final Node year = rg("year");


    // Properties (ours, added by the graph stage)
    public static final Node role = rg("role");
    public static final Node rowLabel = rg("rowLabel");
    public static final Node column = rg("column");
    public static final Node value = rg("value");
    public static final Node unit = rg("unit");
    public static final Node statedTotal = rg("statedTotal");
    public static final Node computedSum = rg("computedSum");
    public static final Node totalMatchesSum = rg("totalMatchesSum");
    public static final Node dimensionLabel = rg("dimensionLabel");
    public static final Node hasTable = rg("hasTable");
    public static final Node TableStructure = rg("TableStructure");

    // Reply category concepts (skos:notation A, B, C), defined in ontology/replygraph.ttl
    public static final Node CategoryA = rg("CategoryA");
    public static final Node CategoryB = rg("CategoryB");
    public static final Node CategoryC = rg("CategoryC");

    // W3C Web Annotation: evidence for every mention
    public static final Node oaAnnotation = uri(OA, "Annotation");
    public static final Node oaSpecificResource = uri(OA, "SpecificResource");
    public static final Node oaTextPositionSelector = uri(OA, "TextPositionSelector");
    public static final Node oaTextQuoteSelector = uri(OA, "TextQuoteSelector");
    public static final Node oaHasBody = uri(OA, "hasBody");
    public static final Node oaHasTarget = uri(OA, "hasTarget");
    public static final Node oaHasSource = uri(OA, "hasSource");
    public static final Node oaHasSelector = uri(OA, "hasSelector");
    public static final Node oaStart = uri(OA, "start");
    public static final Node oaEnd = uri(OA, "end");
    public static final Node oaExact = uri(OA, "exact");
    public static final Node oaMotivatedBy = uri(OA, "motivatedBy");
    public static final Node oaIdentifying = uri(OA, "identifying");
    public static final Node oaDescribing = uri(OA, "describing");

    // W3C Data Cube: statistics tables
    public static final Node qbDataSet = uri(QB, "DataSet");
    public static final Node qbObservation = uri(QB, "Observation");
    public static final Node qbDataSetProp = uri(QB, "dataSet");
    public static final Node qbStructure = uri(QB, "structure");
    public static final Node qbDataStructureDefinition = uri(QB, "DataStructureDefinition");
    public static final Node qbComponent = uri(QB, "component");
    public static final Node qbDimension = uri(QB, "dimension");
    public static final Node qbMeasure = uri(QB, "measure");
    public static final Node qbAttribute = uri(QB, "attribute");
    public static final Node qbDimensionProperty = uri(QB, "DimensionProperty");
    public static final Node qbMeasureProperty = uri(QB, "MeasureProperty");
    public static final Node qbAttributeProperty = uri(QB, "AttributeProperty");
    public static final Node rdfsSubClassOf = uri(RDFS, "subClassOf");

    // Reply categories: a SKOS concept scheme
    public static final Node ReplyCategories = rg("ReplyCategories");

    // Centre kinds (minted concepts) and levels (fixed concepts): SKOS concept schemes
    public static final Node CentreKinds = rg("CentreKinds");
    public static final Node CentreLevels = rg("CentreLevels");
    public static final Node LevelNational = rg("LevelNational");
    public static final Node LevelProvincial = rg("LevelProvincial");
    public static final Node LevelMunicipal = rg("LevelMunicipal");

    // What letters state about a centre: dates on the centre, figures as nodes of their own
    public static final Node approvalDate = rg("approvalDate");
    public static final Node openingDate = rg("openingDate");
    public static final Node upgradeDate = rg("upgradeDate");
    public static final Node CentreFigure = rg("CentreFigure");
    public static final Node statedFigure = rg("statedFigure");
    public static final Node measure = rg("measure");
    public static final Node figureValue = rg("figureValue");
    public static final Node approximate = rg("approximate");
    public static final Node counted = rg("counted");
    public static final Node CentreMeasures = rg("CentreMeasures");
    public static final Node StaffCount = rg("StaffCount");
    public static final Node PatentCount = rg("PatentCount");
    public static final Node MemberCount = rg("MemberCount");
    public static final Node ParticipantCount = rg("ParticipantCount");

    // Other vocabularies
    public static final Node rdfType = uri(RDF, "type");
    public static final Node rdfsLabel = uri(RDFS, "label");
    public static final Node rdfsComment = uri(RDFS, "comment");
    public static final Node dctTitle = uri(DCTERMS, "title");
    public static final Node dctDate = uri(DCTERMS, "date");
    public static final Node dctIssued = uri(DCTERMS, "issued");
    public static final Node dctSource = uri(DCTERMS, "source");
    public static final Node foafDocument = uri(FOAF, "Document");
    public static final Node foafPerson = uri(FOAF, "Person");
    public static final Node foafName = uri(FOAF, "name");
    public static final Node foafPhone = uri(FOAF, "phone");
    public static final Node orgOrganization = uri(ORG, "Organization");
    public static final Node skosConcept = uri(SKOS, "Concept");
    public static final Node skosConceptScheme = uri(SKOS, "ConceptScheme");
    public static final Node skosInScheme = uri(SKOS, "inScheme");
    public static final Node skosNotation = uri(SKOS, "notation");
    public static final Node skosPrefLabel = uri(SKOS, "prefLabel");
    public static final Node skosAltLabel = uri(SKOS, "altLabel");
    public static final Node skosExactMatch = uri(SKOS, "exactMatch");
    public static final Node provWasDerivedFrom = uri(PROV, "wasDerivedFrom");
}
