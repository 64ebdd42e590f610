package org.replygraph.extract.fact;

import java.util.List;

/**
 * The one table of the kinds of entity a letter names beyond its structure: the path segment their IRIs
 * are minted under, the RDF classes their nodes get (as CURIEs of the rg, foaf and org vocabularies), and
 * the gold list they are scored against ({@code null}: not scored yet). Extraction finds them
 * ({@link Entities#of}), graph writing types and mints them, evaluation scores them from this table.
 *
 * <pre>{@code
 * EntityKind.CENTRE.iriSegment();   // "centre": <BASE>centre/国家增材制造创新中心
 * EntityKind.CENTRE.rdfClasses();   // [rg:InnovationCentre, org:Organization]
 * EntityKind.CENTRE.goldList();     // "innovation_centres"
 * entities.of(EntityKind.CENTRE);   // the CentreMentions, in order of appearance
 * }</pre>
 * A new kind: a constant here, its fact record (implementing {@link Mention}) with its list in
 * {@link Entities}, and its recogniser registered in {@code EntityExtractor}.
 */
public enum EntityKind {
    /** A policy document: 《关于做好水泥行业常态化错峰生产的通知》. */
    POLICY("policy", "policy_documents", "rg:PolicyDocument", "foaf:Document"),
    /** An innovation platform: 国家增材制造创新中心. */
    CENTRE("centre", "innovation_centres", "rg:InnovationCentre", "org:Organization"),
    /** A government or party body: 陕西省工业和信息化厅. */
    AGENCY("agency", "agencies_mentioned", "rg:Agency", "org:Organization"),
    /** A company, university or institute: 西北有色金属研究院. */
    ORGANISATION("org", null, "org:Organization"),
    /** A named person: 李明 (院士). */
    PERSON("person", null, "foaf:Person");

    private final String iriSegment;
    private final String goldList;
    private final List<String> rdfClasses;

    EntityKind(String iriSegment, String goldList, String... rdfClasses) {
        this.iriSegment = iriSegment;
        this.goldList = goldList;
        this.rdfClasses = List.of(rdfClasses);
    }

    /** The path segment under the base its IRIs are minted in: agency, centre, policy, org, person. */
    public String iriSegment() {
        return iriSegment;
    }

    /** The key of the gold list that scores it (gold-format.md), or null when gold does not list it. */
    public String goldList() {
        return goldList;
    }

    /** The RDF classes of its nodes, as CURIEs (rg:Agency, org:Organization). */
    public List<String> rdfClasses() {
        return rdfClasses;
    }
}
