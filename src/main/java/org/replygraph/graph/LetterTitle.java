package org.replygraph.graph;

import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;

/**
 * The title a document is shown by (its {@code rdfs:label}): its 文号 ({@code X科函〔2024〕12号});
 * without one, who answered which proposal ({@code X市科学技术局对第123号提案的答复},
 * {@code X区发展和改革局对《关于……的建议》的会办意见}); the file name only for a document that
 * has neither a 文号 nor an issuer or proposal to name it.
 * <pre>{@code
 * LetterTitle.of(letter, "letter.txt");   // X市科学技术局对第123号提案的答复
 * }</pre>
 */
final class LetterTitle {
    private LetterTitle() { }

    static String of(Letter letter, String fileName) {
        if (letter.docNumber() != null && !letter.docNumber().value().isBlank()) {
            return letter.docNumber().value();
        }
        String issuer = letter.issuer() == null ? "" : letter.issuer().name();
        Proposal p = letter.proposal();
        if (p == null && issuer.isEmpty()) {
            return fileName;
        }
        String what = letter.type() == DocType.CO_HANDLING_OPINION ? "会办意见" : letter.type() == DocType.OTHER ? "文件" : "答复";
        if (p == null) {
            return issuer + what;
        }
        return issuer + "对" + proposal(p) + "的" + what;
    }

    /** 第123号提案, else the title in 《》, else just 提案 or 建议. */
    private static String proposal(Proposal p) {
        String kind = p.kind() == ProposalKind.CPPCC_PROPOSAL ? "提案" : "建议";
        if (p.number() != null && !p.number().value().isBlank()) {
            return "第" + p.number().value() + "号" + kind;
        }
        if (p.title() != null && !p.title().value().isBlank()) {
            return "《" + p.title().value() + "》";
        }
        return kind;
    }
}
