package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.replygraph.evaluate.ListKind;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.EntityKind;
import org.replygraph.extract.fact.OrganisationMention;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.Span;

/** The entity table drives minting, typing and scoring: each stage reads the same row. */
class EntityKindTableTest {
    private static final Span AT = new Span(0, 2);
    private final IriMinter iri = new IriMinter("https://example.org/id/");

    @Test
    void eachKindMintsUnderItsOwnSegment() {
        assertEquals(EntityKind.values().length, Stream.of(EntityKind.values()).map(EntityKind::iriSegment).distinct().count());
        assertTrue(iri.agency("陕西省工业和信息化厅").getURI().startsWith("https://example.org/id/" + EntityKind.AGENCY.iriSegment() + "/"));
        assertTrue(iri.centre("国家增材制造创新中心").getURI().startsWith("https://example.org/id/" + EntityKind.CENTRE.iriSegment() + "/"));
        assertTrue(iri.policy("关于做好水泥行业常态化错峰生产的通知").getURI().startsWith("https://example.org/id/" + EntityKind.POLICY.iriSegment() + "/"));
        assertTrue(iri.organisation("西北有色金属研究院").getURI().startsWith("https://example.org/id/" + EntityKind.ORGANISATION.iriSegment() + "/"));
        assertTrue(iri.person("李明", "doc|x").getURI().startsWith("https://example.org/id/" + EntityKind.PERSON.iriSegment() + "/"));
    }

    @ParameterizedTest
    @EnumSource(EntityKind.class)
    void everyClassOfTheTableIsAVocabularyTerm(EntityKind kind) {
        for (String c : kind.rdfClasses()) {
            Node n = RG.curie(c);
            assertTrue(n.getURI().startsWith(RG.NS) || n.getURI().startsWith(RG.FOAF) || n.getURI().startsWith(RG.ORG), c);
        }
        assertEquals(RG.Agency, RG.curie("rg:Agency"));
        assertEquals(RG.orgOrganization, RG.curie("org:Organization"));
    }

    @Test
    void anUnknownPrefixIsRejectedWithTheCurie() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RG.curie("schema:Person"));
        assertEquals("Illegal CURIE=schema:Person : must be rg:, foaf: or org: and a local name", e.getMessage());
    }

    @Test
    void scoredListsAreTheKindsWithAGoldList() {
        Set<EntityKind> scored = Stream.of(ListKind.values()).map(ListKind::entityKind).filter(k -> k != null).collect(Collectors.toSet());
        Set<EntityKind> withGold = Stream.of(EntityKind.values()).filter(k -> k.goldList() != null).collect(Collectors.toSet());
        assertEquals(withGold, scored);
        assertEquals("innovation_centres", ListKind.INNOVATION_CENTRES.key());
        assertNull(ListKind.PROPOSERS.entityKind(), "proposers are a letter fact, not an entity list");
    }

    @Test
    void entitiesHandOutEachKindsFactsWithTheirKind() {
        Entities e = new Entities(List.of(new PolicyMention("方案", AT, null, List.of(), null)),
                List.of(new CentreMention("国家增材制造创新中心", "增材制造国家创新中心", AT, "创新中心", "national", null)),
                List.of(new AgencyRef("陕西省工业和信息化厅", "省工信厅", AT)), List.of(new OrganisationMention("西北大学", AT)),
                List.of(new PersonRef("李明", "院士", AT)), List.of());
        for (EntityKind k : EntityKind.values()) {
            assertEquals(1, e.of(k).size(), k.name());
            assertSame(k, e.of(k).get(0).entityKind());
        }
        assertEquals("增材制造国家创新中心", e.of(EntityKind.CENTRE).get(0).surface());
        assertNull(e.of(EntityKind.POLICY).get(0).surface(), "a policy keeps only its title");
    }
}
