package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.AgencyRef;
import org.replygraph.extract.DocType;
import org.replygraph.extract.Letter;
import org.replygraph.extract.Located;
import org.replygraph.extract.Proposal;
import org.replygraph.extract.ProposalKind;
import org.replygraph.extract.Span;

/** A document is titled by its 文号, else by who answered which proposal, the file name last. */
class LetterTitleTest {
    private static final String FILE = "003_3669a09881a7b6b9.txt";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        with a 文号               | REPLY_LETTER        | 陕工信函〔2021〕154号 | 陕西省工业和信息化厅 | CPPCC | 604 | -                    | 陕工信函〔2021〕154号
        number and issuer         | REPLY_LETTER        | -                   | 陕西省工业和信息化厅 | CPPCC | 604 | 关于加强……的提案       | 陕西省工业和信息化厅对第604号提案的答复
        a suggestion              | REPLY_LETTER        | -                   | 杭州市萧山区经济和信息化局 | NPC | 萧山45 | -            | 杭州市萧山区经济和信息化局对第萧山45号建议的答复
        title only                | REPLY_LETTER        | -                   | 陕西省科学技术厅     | CPPCC | -   | 关于推进增材制造的提案   | 陕西省科学技术厅对《关于推进增材制造的提案》的答复
        co-handling opinion       | CO_HANDLING_OPINION | -                   | 陕西省财政厅         | CPPCC | 12  | -                    | 陕西省财政厅对第12号提案的会办意见
        no issuer                 | REPLY_LETTER        | -                   | -                  | CPPCC | 604 | -                    | 对第604号提案的答复
        no proposal               | REPLY_LETTER        | -                   | 陕西省财政厅         | -     | -   | -                    | 陕西省财政厅答复
        other document, issuer    | OTHER               | -                   | 陕西省财政厅         | -     | -   | -                    | 陕西省财政厅文件
        nothing to name it by     | OTHER               | -                   | -                  | -     | -   | -                    | 003_3669a09881a7b6b9.txt
        """)
    void titles(String what, DocType type, String number, String issuer, String kind, String proposalNumber,
            String proposalTitle, String expected) {
        Proposal p = kind == null ? null : new Proposal(kind.equals("NPC") ? ProposalKind.NPC_SUGGESTION : ProposalKind.CPPCC_PROPOSAL,
                proposalNumber == null ? null : Located.at(proposalNumber, 0, 3),
                proposalTitle == null ? null : Located.at(proposalTitle, 3, 10), List.of(), null, null, null);
        Letter letter = new Letter(type, p, issuer == null ? null : new AgencyRef(issuer, issuer, new Span(20, 30)), List.of(),
                null, null, number == null ? null : Located.at(number, 0, 12), null, null, null, null, null, null);
        assertEquals(expected, LetterTitle.of(letter, FILE));
    }
}
