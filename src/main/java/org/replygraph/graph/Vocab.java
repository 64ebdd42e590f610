package org.replygraph.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vocabulary's constants the writers emit, as {@link Term}s: each field is {@link RG}'s constant of the same name
 * (RG stays the one place the IRIs are spelled; VocabTest checks every field against it), so its N-Triples bytes are
 * formatted once per JVM instead of once per line.
 * <pre>{@code
 * Vocab.rdfType.nt();   // <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, the same bytes every time
 * }</pre>
 */
final class Vocab {
    private Vocab() { }

    static final Term Assembly = Term.of(RG.Assembly);
    static final Term CentreFigure = Term.of(RG.CentreFigure);
    static final Term CentreKinds = Term.of(RG.CentreKinds);
    static final Term CentreLevels = Term.of(RG.CentreLevels);
    static final Term CentreMeasures = Term.of(RG.CentreMeasures);
    static final Term CoHandlingOpinion = Term.of(RG.CoHandlingOpinion);
    static final Term CppccProposal = Term.of(RG.CppccProposal);
    static final Term Document = Term.of(RG.Document);
    static final Term Jurisdiction = Term.of(RG.Jurisdiction);
    static final Term LevelMunicipal = Term.of(RG.LevelMunicipal);
    static final Term LevelNational = Term.of(RG.LevelNational);
    static final Term LevelProvincial = Term.of(RG.LevelProvincial);
    static final Term Member = Term.of(RG.Member);
    static final Term MemberCount = Term.of(RG.MemberCount);
    static final Term NpcSuggestion = Term.of(RG.NpcSuggestion);
    static final Term ParticipantCount = Term.of(RG.ParticipantCount);
    static final Term PatentCount = Term.of(RG.PatentCount);
    static final Term Proposal = Term.of(RG.Proposal);
    static final Term ReplyCategories = Term.of(RG.ReplyCategories);
    static final Term ReplyLetter = Term.of(RG.ReplyLetter);
    static final Term Session = Term.of(RG.Session);
    static final Term StaffCount = Term.of(RG.StaffCount);
    static final Term StatisticsTable = Term.of(RG.StatisticsTable);
    static final Term TableStructure = Term.of(RG.TableStructure);
    static final Term answers = Term.of(RG.answers);
    static final Term approvalDate = Term.of(RG.approvalDate);
    static final Term approximate = Term.of(RG.approximate);
    static final Term assembly = Term.of(RG.assembly);
    static final Term assemblyKind = Term.of(RG.assemblyKind);
    static final Term centreKind = Term.of(RG.centreKind);
    static final Term centreLevel = Term.of(RG.centreLevel);
    static final Term charset = Term.of(RG.charset);
    static final Term cleanEnd = Term.of(RG.cleanEnd);
    static final Term cleanStart = Term.of(RG.cleanStart);
    static final Term cleanText = Term.of(RG.cleanText);
    static final Term coHandledBy = Term.of(RG.coHandledBy);
    static final Term column = Term.of(RG.column);
    static final Term computedSum = Term.of(RG.computedSum);
    static final Term contactPerson = Term.of(RG.contactPerson);
    static final Term counted = Term.of(RG.counted);
    static final Term dctDate = Term.of(RG.dctDate);
    static final Term dctIssued = Term.of(RG.dctIssued);
    static final Term dctTitle = Term.of(RG.dctTitle);
    static final Term dimensionLabel = Term.of(RG.dimensionLabel);
    static final Term documentNumber = Term.of(RG.documentNumber);
    static final Term figureValue = Term.of(RG.figureValue);
    static final Term foafDocument = Term.of(RG.foafDocument);
    static final Term foafName = Term.of(RG.foafName);
    static final Term foafPerson = Term.of(RG.foafPerson);
    static final Term foafPhone = Term.of(RG.foafPhone);
    static final Term hasTable = Term.of(RG.hasTable);
    static final Term host = Term.of(RG.host);
    static final Term inJurisdiction = Term.of(RG.inJurisdiction);
    static final Term indexNumber = Term.of(RG.indexNumber);
    static final Term issuedBy = Term.of(RG.issuedBy);
    static final Term jurisdiction = Term.of(RG.jurisdiction);
    static final Term measure = Term.of(RG.measure);
    static final Term meeting = Term.of(RG.meeting);
    static final Term memberOf = Term.of(RG.memberOf);
    static final Term mentions = Term.of(RG.mentions);
    static final Term oaAnnotation = Term.of(RG.oaAnnotation);
    static final Term oaDescribing = Term.of(RG.oaDescribing);
    static final Term oaEnd = Term.of(RG.oaEnd);
    static final Term oaExact = Term.of(RG.oaExact);
    static final Term oaHasBody = Term.of(RG.oaHasBody);
    static final Term oaHasSelector = Term.of(RG.oaHasSelector);
    static final Term oaHasSource = Term.of(RG.oaHasSource);
    static final Term oaHasTarget = Term.of(RG.oaHasTarget);
    static final Term oaIdentifying = Term.of(RG.oaIdentifying);
    static final Term oaMotivatedBy = Term.of(RG.oaMotivatedBy);
    static final Term oaSpecificResource = Term.of(RG.oaSpecificResource);
    static final Term oaStart = Term.of(RG.oaStart);
    static final Term oaTextPositionSelector = Term.of(RG.oaTextPositionSelector);
    static final Term oaTextQuoteSelector = Term.of(RG.oaTextQuoteSelector);
    static final Term openingDate = Term.of(RG.openingDate);
    static final Term orgOrganization = Term.of(RG.orgOrganization);
    static final Term place = Term.of(RG.place);
    static final Term policyIssuer = Term.of(RG.policyIssuer);
    static final Term policyNumber = Term.of(RG.policyNumber);
    static final Term proposalNumber = Term.of(RG.proposalNumber);
    static final Term proposer = Term.of(RG.proposer);
    static final Term proposerRole = Term.of(RG.proposerRole);
    static final Term provWasDerivedFrom = Term.of(RG.provWasDerivedFrom);
    static final Term qbDataSet = Term.of(RG.qbDataSet);
    static final Term qbDataSetProp = Term.of(RG.qbDataSetProp);
    static final Term qbObservation = Term.of(RG.qbObservation);
    static final Term qbStructure = Term.of(RG.qbStructure);
    static final Term rdfType = Term.of(RG.rdfType);
    static final Term rdfsLabel = Term.of(RG.rdfsLabel);
    static final Term replyCategory = Term.of(RG.replyCategory);
    static final Term role = Term.of(RG.role);
    static final Term rowLabel = Term.of(RG.rowLabel);
    static final Term sentence = Term.of(RG.sentence);
    static final Term session = Term.of(RG.session);
    static final Term sha256 = Term.of(RG.sha256);
    static final Term signedBy = Term.of(RG.signedBy);
    static final Term skosAltLabel = Term.of(RG.skosAltLabel);
    static final Term skosConcept = Term.of(RG.skosConcept);
    static final Term skosExactMatch = Term.of(RG.skosExactMatch);
    static final Term skosInScheme = Term.of(RG.skosInScheme);
    static final Term skosNotation = Term.of(RG.skosNotation);
    static final Term skosPrefLabel = Term.of(RG.skosPrefLabel);
    static final Term sourceFile = Term.of(RG.sourceFile);
    static final Term statedFigure = Term.of(RG.statedFigure);
    static final Term statedTotal = Term.of(RG.statedTotal);
    static final Term term = Term.of(RG.term);
    static final Term totalMatchesSum = Term.of(RG.totalMatchesSum);
    static final Term unit = Term.of(RG.unit);
    static final Term upgradeDate = Term.of(RG.upgradeDate);
    static final Term value = Term.of(RG.value);
    static final Term year = Term.of(RG.year);

    /** {@link RG#curie} as a term, made once per CURIE (the entity table names a handful of classes). */
    static Term curie(String curie) {
        return CURIES.computeIfAbsent(curie, c -> Term.of(RG.curie(c)));
    }

    private static final Map<String, Term> CURIES = new ConcurrentHashMap<>();
}
