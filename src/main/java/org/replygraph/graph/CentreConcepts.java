package org.replygraph.graph;

import java.util.Map;

/**
 * Centre kinds and levels as SKOS concepts: a kind (制造业创新中心) is a concept minted in the scheme
 * rg:CentreKinds with its Chinese label and, where known, an English one; a level is one of the fixed
 * concepts rg:LevelNational / rg:LevelProvincial / rg:LevelMunicipal of rg:CentreLevels.
 *
 * <pre>{@code
 * CentreConcepts c = new CentreConcepts(docGraph);
 * Term kind = c.kind("制造业创新中心");   // <base>concept/centre-kind/zhi-zao-ye-chuang-xin-zhong-xin-…
 * Term level = c.level("national");       // rg:LevelNational
 * }</pre>
 */
final class CentreConcepts {
    /** English names of the kinds the extractor knows; a kind not listed gets its Chinese label only. */
    static final Map<String, String> KIND_ENGLISH = Map.ofEntries(
            Map.entry("工程技术研究中心", "engineering technology research centre"),
            Map.entry("制造业创新中心", "manufacturing innovation centre"),
            Map.entry("产业创新中心", "industrial innovation centre"),
            Map.entry("技术创新中心", "technology innovation centre"),
            Map.entry("概念验证中心", "proof-of-concept centre"),
            Map.entry("企业技术中心", "enterprise technology centre"),
            Map.entry("研究开发中心", "research and development centre"),
            Map.entry("工程研究中心", "engineering research centre"),
            Map.entry("新型研发机构", "new-type R&D institution"),
            Map.entry("重点实验室", "key laboratory"),
            Map.entry("工程实验室", "engineering laboratory"),
            Map.entry("创新中心", "innovation centre"),
            Map.entry("中试基地", "pilot-scale testing base"),
            Map.entry("研发中心", "R&D centre"),
            Map.entry("研发专业中心", "specialised R&D centre"),
            Map.entry("成果转化中心", "technology transfer centre"),
            Map.entry("创新实验室", "innovation laboratory"),
            Map.entry("产业研究院", "industrial research institute"),
            Map.entry("创新研究院", "innovation research institute"),
            Map.entry("科学中心", "science centre"),
            Map.entry("实验室", "laboratory"),
            Map.entry("研究院", "research institute"),
            Map.entry("服务平台", "service platform"),
            Map.entry("交易平台", "trading platform"),
            Map.entry("技术平台", "technology platform"),
            Map.entry("平台", "platform"),
            Map.entry("服务中心", "service centre"),
            Map.entry("中心", "centre"));

    private final DocGraph g;

    CentreConcepts(DocGraph g) {
        this.g = g;
    }

    /** The kind's concept, typed, labelled and placed in rg:CentreKinds in this document's graph. */
    Term kind(String kind) {
        Term c = DocGraph.term(g.iri.centreKind(kind));
        g.add(c, Vocab.rdfType, Vocab.skosConcept);
        g.add(c, Vocab.skosInScheme, Vocab.CentreKinds);
        g.add(c, Vocab.skosPrefLabel, g.hans(kind));
        g.add(c, Vocab.rdfsLabel, g.hans(kind));
        String en = KIND_ENGLISH.get(kind);
        if (en != null) {
            g.add(c, Vocab.skosPrefLabel, g.lang(en, "en"));
            g.add(c, Vocab.rdfsLabel, g.lang(en, "en"));
        }
        return c;
    }

    /** The fixed level concept for national, provincial or municipal, with its labels. */
    Term level(String level) {
        Term c = levelConcept(level);
        g.add(c, Vocab.rdfType, Vocab.skosConcept);
        g.add(c, Vocab.skosInScheme, Vocab.CentreLevels);
        String zh = switch (level) {
            case "national" -> "国家级";
            case "provincial" -> "省级";
            default -> "市级";
        };
        g.add(c, Vocab.skosPrefLabel, g.hans(zh));
        g.add(c, Vocab.skosPrefLabel, g.lang(level, "en"));
        g.add(c, Vocab.rdfsLabel, g.hans(zh));
        g.add(c, Vocab.rdfsLabel, g.lang(level, "en"));
        return c;
    }

    /** rg:LevelNational, rg:LevelProvincial or rg:LevelMunicipal (fixed terms, independent of the base). */
    static Term levelConcept(String level) {
        return switch (level) {
            case "national" -> Vocab.LevelNational;
            case "provincial" -> Vocab.LevelProvincial;
            case "municipal" -> Vocab.LevelMunicipal;
            default -> throw new IllegalArgumentException("Illegal centre level=" + level
                    + " : must be national, provincial or municipal");
        };
    }
}
