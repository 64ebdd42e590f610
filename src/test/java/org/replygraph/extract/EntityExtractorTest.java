package org.replygraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.Entities;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.text.CleanText;

class EntityExtractorTest {
    private static final String LETTER = String.join("\n",
            "您提出的《关于在杭州设立工业智能研究院的建议》收悉。经我局主办，市经信局会办，现答复如下：",
            "2022年，市科技局修订完善并发布《杭州市企业高新技术研究开发中心管理办法》，市经信局予以配合。",
            "杭州市科学技术局",
            "2023年5月12日");

    @Test
    void jurisdictionComesFromTheSignOffWhenTheLetterHasNone() {
        Entities e = new EntityExtractor().extract(CleanText.identity(LETTER), null).entities();
        assertEquals(List.of("杭州市经济和信息化局", "杭州市科学技术局", "杭州市经济和信息化局", "杭州市科学技术局"),
                e.agencies().stream().map(AgencyRef::name).toList());
        PolicyMention p = e.policies().get(0);
        assertEquals("杭州市企业高新技术研究开发中心管理办法", p.title());
        assertEquals(2022, p.year());
        assertEquals(List.of("市科技局"), p.issuers().stream().map(AgencyRef::surface).toList());
        assertEquals(List.of("工业智能研究院"), e.centres().stream().map(CentreMention::name).toList());
    }

    /** Issue 9 §3: a co-handler is a body the letter names, so it is also mentioned (once per place it is named). */
    @Test
    void coHandlersOfTheLetterAreMentionsToo() {
        int at = LETTER.indexOf("市经信局");
        AgencyRef coHandler = new AgencyRef("杭州市经济和信息化局", "市经信局", new Span(at, at + 4));
        Letter letter = new Letter(DocType.REPLY_LETTER, null, null, List.of(coHandler), null, null, null, null, null,
                null, null, null, "杭州市");
        List<AgencyRef> found = new EntityExtractor().extract(CleanText.identity(LETTER), letter).entities().agencies();
        assertEquals(List.of("市经信局", "市科技局", "市经信局", "杭州市科学技术局"), found.stream().map(AgencyRef::surface).toList());
        assertEquals(at, found.get(0).span().start());
    }

    /** The issuer is mentioned even when only the letter's structure names it; a co-handler the text never names is not added twice. */
    @Test
    void theIssuerIsMentionedOnceAndATitleNeverMentions() {
        int at = LETTER.lastIndexOf("杭州市科学技术局");
        AgencyRef issuer = new AgencyRef("杭州市科学技术局", "杭州市科学技术局", new Span(at, at + 8));
        AgencyRef second = new AgencyRef("宁国市文旅局(市广电新闻出版局)", "宁国市文旅局(市广电新闻出版局)", new Span(0, 2));
        Letter letter = new Letter(DocType.REPLY_LETTER, null, issuer, List.of(), null, null, null, null, null,
                null, null, null, "杭州市");
        List<String> names = EntityExtractor.mentioned(List.of(), letter, List.of()).stream().map(AgencyRef::name).toList();
        assertEquals(List.of("杭州市科学技术局"), names);
        Letter inTitle = new Letter(DocType.REPLY_LETTER, null, second, List.of(), null, null, null, null, null,
                null, null, null, null);
        assertEquals(List.of(), EntityExtractor.mentioned(List.of(), inTitle, List.of(new Span(0, 10))));
    }

    /** Issue 9 §3: a writer read as 以上是我局 (a pronoun, not a name) is no body mentioned; a writer named by its name is. */
    @Test
    void aWriterHoldingAFirstPersonPronounIsNoMention() {
        for (String[] row : new String[][] {{"以上是我局", "false"}, {"我委", "false"}, {"示例县民政局", "true"},
                {"我国示例研究会", "true"}}) {
            AgencyRef writer = new AgencyRef(row[0], row[0], new Span(0, row[0].length()));
            Letter letter = new Letter(DocType.REPLY_LETTER, null, writer, List.of(), null, null, null, null, null,
                    null, null, null, null);
            assertEquals(Boolean.parseBoolean(row[1]) ? List.of(row[0]) : List.of(),
                    EntityExtractor.mentioned(List.of(), letter, List.of()).stream().map(AgencyRef::name).toList(), row[0]);
        }
    }
}
