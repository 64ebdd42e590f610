package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity that holds at scale (issue 8, issue 9 §4): a proposal is its session and number; without a
 * session, its number in the answering jurisdiction and year; without a number, its title and
 * proposers together in the session (or jurisdiction and year); never its title alone. Letters of a
 * lead agency and a co-handler answering one proposal meet in one node.
 */
class ProposalIdentityTest {
    static final String TITLE = "关于加快工业互联网平台赋能中小制造企业的提案";

    @TempDir
    Path tmp;

    /** A Chengdu reply in the shape of challenge letter c01: heading, salutation, title (number), sign-off. */
    static String letter(String heading, String member, String numberInParens, String agency, String date) {
        return heading + "\n\n尊敬的" + member + "委员：\n您提出的《" + TITLE + "》" + numberInParens
                + "收悉。感谢您对我市工业互联网发展的关心和支持。现答复如下：\n"
                + "一、工作开展情况\n近年来，我局推动工业互联网平台向中小企业延伸，全市累计培育市级以上工业互联网平台46个。\n"
                + "二、下一步工作打算\n下一步，我局将认真吸纳您的意见建议，加强与金融机构合作。\n\n" + agency + "\n" + date + "\n";
    }

    /** Ten letters that all answer a proposal titled {@link #TITLE}. */
    static final Map<String, String> LETTERS = new LinkedHashMap<>();

    static {
        String session = "关于市政协十四届二次会议第0123号提案的答复";
        String bare = "关于第0123号提案的答复";
        String untitled = "关于《" + TITLE + "》的答复";
        LETTERS.put("a_lead.txt", letter(session, "钱立文", "（第0123号）", "成都市经济和信息化局", "2023年7月10日"));
        LETTERS.put("b_cohandler.txt", letter(session, "钱立文", "（第0123号）", "成都市财政局", "2023年7月12日"));
        LETTERS.put("c_other_number.txt", letter(session.replace("0123", "0124"), "李明", "（第0124号）", "成都市经济和信息化局", "2023年7月11日"));
        LETTERS.put("d_other_session.txt", letter(session.replace("二次", "三次"), "钱立文", "（第0123号）", "成都市经济和信息化局", "2024年7月10日"));
        LETTERS.put("e_nosession_lead.txt", letter(bare, "钱立文", "（第0123号）", "成都市经济和信息化局", "2023年7月10日"));
        LETTERS.put("f_nosession_cohandler.txt", letter(bare, "钱立文", "（第0123号）", "成都市财政局", "2023年7月20日"));
        LETTERS.put("g_nosession_next_year.txt", letter(bare, "王强", "（第0123号）", "成都市经济和信息化局", "2024年6月10日"));
        LETTERS.put("h_nonumber_qian.txt", letter(untitled, "钱立文", "", "成都市经济和信息化局", "2023年7月10日"));
        LETTERS.put("i_nonumber_qian_cohandler.txt", letter(untitled, "钱立文", "", "成都市财政局", "2023年7月15日"));
        LETTERS.put("j_nonumber_li.txt", letter(untitled, "李明", "", "成都市经济和信息化局", "2023年7月10日"));
    }

    @Test
    void lettersOfOneTitleAreOneProposalOnlyWhereSessionNumberOrProposersSaySo() throws IOException {
        Map<String, Node> answered = answered(LETTERS);
        // One proposal, several replies: the lead agency's and the co-handler's.
        assertEquals(answered.get("a_lead.txt"), answered.get("b_cohandler.txt"), "same session and number");
        assertEquals(answered.get("e_nosession_lead.txt"), answered.get("f_nosession_cohandler.txt"),
                "same number, jurisdiction and year");
        assertEquals(answered.get("h_nonumber_qian.txt"), answered.get("i_nonumber_qian_cohandler.txt"),
                "same title and proposer, jurisdiction and year");
        // Everything else is a proposal of its own, though every title is the same.
        Set<Node> distinct = new TreeSet<>((x, y) -> x.getURI().compareTo(y.getURI()));
        distinct.addAll(answered.values());
        assertEquals(7, distinct.size(), () -> "proposal nodes: " + answered);
        for (String[] apart : new String[][] {{"a_lead.txt", "c_other_number.txt"}, {"a_lead.txt", "d_other_session.txt"},
                {"e_nosession_lead.txt", "g_nosession_next_year.txt"}, {"h_nonumber_qian.txt", "j_nonumber_li.txt"},
                {"a_lead.txt", "e_nosession_lead.txt"}, {"e_nosession_lead.txt", "h_nonumber_qian.txt"}})
            assertNotEquals(answered.get(apart[0]), answered.get(apart[1]), apart[0] + " vs " + apart[1]);
    }

    @Test
    void aProposalAnsweredByTwoAgenciesHasBothRepliesAndOneNumber() throws IOException {
        Map<String, String> two = new LinkedHashMap<>();
        two.put("a_lead.txt", LETTERS.get("a_lead.txt"));
        two.put("b_cohandler.txt", LETTERS.get("b_cohandler.txt"));
        Graph g = build(two);
        Node proposal = g.find(Node.ANY, RG.answers, Node.ANY).next().getObject();
        assertEquals(2, g.find(Node.ANY, RG.answers, proposal).toList().size());
        assertEquals(List.of("0123"), g.find(proposal, RG.proposalNumber, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList().stream().distinct().toList());
    }

    @Test
    void theSameLettersGiveTheSameNodesInAnyFileOrder() throws IOException {
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> names = List.copyOf(LETTERS.keySet());
        for (int i = names.size() - 1; i >= 0; i--) reversed.put(names.get(i), LETTERS.get(names.get(i)));
        assertEquals(answered(LETTERS), answered(reversed));
    }

    /** A national letter without its session: 建议 of one 代表 answered by two ministries. */
    static String nationalLetter(String ministry, String number) {
        return "关于第" + number + "号建议的答复\n\n张明代表：\n您提出的《关于支持天然气化工产业发展的建议》收悉。现答复如下：\n"
                + "一、我部高度重视天然气化工产业发展，将会同有关部门研究支持政策。\n感谢您对我们工作的关心和支持。\n\n"
                + ministry + "\n2024年7月1日\n";
    }

    @Test
    void aMemberOfTheNationalCongressIsOnePersonAcrossMinistriesLetters() throws IOException {
        Map<String, String> letters = new LinkedHashMap<>();
        letters.put("miit.txt", nationalLetter("工业和信息化部", "1234"));
        letters.put("most.txt", nationalLetter("科学技术部", "1234"));
        letters.put("sichuan.txt", nationalLetter("四川省经济和信息化厅", "1234"));
        Graph g = build(letters);
        IriMinter iri = new IriMinter(RG.DEFAULT_BASE);
        Map<String, Node> proposers = new LinkedHashMap<>();
        Map<String, Node> proposals = new LinkedHashMap<>();
        for (String name : letters.keySet()) {
            Node proposal = g.find(iri.document(name), RG.answers, Node.ANY).next().getObject();
            proposals.put(name, proposal);
            proposers.put(name, g.find(proposal, RG.proposer, Node.ANY).next().getObject());
        }
        assertEquals(proposals.get("miit.txt"), proposals.get("most.txt"), "one number, one year, the national level");
        assertEquals(proposers.get("miit.txt"), proposers.get("most.txt"), "one 代表 of the national congress");
        assertEquals(iri.member("张明", IriMinter.scopeOf(new org.replygraph.extract.fact.Assembly(
                org.replygraph.extract.fact.AssemblyKind.PEOPLES_CONGRESS, "中国"))), proposers.get("miit.txt"));
        // A province's letter answers its own congress: another 张明, another proposal 1234.
        assertNotEquals(proposers.get("miit.txt"), proposers.get("sichuan.txt"));
        assertNotEquals(proposals.get("miit.txt"), proposals.get("sichuan.txt"));
    }

    /** A letter answering 市十四届人大二次会议第0088号建议 without saying which city: the signer names no place either. */
    static String bareCityLetter(String member, String agency) {
        return "关于市十四届人大二次会议第0088号建议的答复\n\n" + member + "代表：\n您提出的《关于加快老旧小区改造的建议》收悉。现答复如下：\n"
                + "一、我局高度重视老旧小区改造工作，已会同有关部门研究。\n感谢您对我们工作的关心和支持。\n\n" + agency + "\n2023年7月1日\n";
    }

    @Test
    void aSessionNamingOnlyItsLevelHasNoAssemblyAndJoinsNoOtherLetter() throws IOException {
        Map<String, String> letters = new LinkedHashMap<>();
        letters.put("x_city.txt", bareCityLetter("王强", "市住房和城乡建设局"));
        letters.put("y_city.txt", bareCityLetter("王强", "市交通运输局"));
        Graph g = build(letters);
        // No 市人民代表大会 at place 市: the assembly's place is unknown (issue 9 §3), so no assembly node at all.
        assertEquals(List.of(), g.find(Node.ANY, RG.rdfType, RG.Assembly).toList());
        assertEquals(List.of(), g.find(Node.ANY, RG.assembly, Node.ANY).toList());
        assertEquals(List.of(), g.find(Node.ANY, RG.memberOf, Node.ANY).toList());
        // Two letters' 市 may be two cities: their sessions, proposals 0088 and deputies 王强 stay apart.
        assertEquals(2, g.find(Node.ANY, RG.rdfType, RG.Session).toList().size());
        Map<String, Node> answered = answered(letters);
        assertNotEquals(answered.get("x_city.txt"), answered.get("y_city.txt"));
        assertEquals(2, g.find(Node.ANY, RG.rdfType, RG.Member).toList().size());
    }

    private Map<String, Node> answered(Map<String, String> letters) throws IOException {
        Graph g = build(letters);
        IriMinter iri = new IriMinter(RG.DEFAULT_BASE);
        Map<String, Node> out = new LinkedHashMap<>();
        for (String name : letters.keySet()) {
            List<Node> p = g.find(iri.document(name), RG.answers, Node.ANY).mapWith(t -> t.getObject()).toList();
            assertEquals(1, p.size(), () -> name + " answers " + p);
            out.put(name, p.get(0));
        }
        return out;
    }

    private Graph build(Map<String, String> letters) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "letters");
        for (Map.Entry<String, String> e : letters.entrySet())
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        DatasetGraph ds = CorpusBuilder.newDataset();
        BuildReport r = new CorpusBuilder(BuildOptions.defaults()).build(List.of(dir), ds);
        assertEquals(List.of(), r.failures());
        return ds.getUnionGraph();
    }
}
