package org.replygraph.graph;

import java.util.Optional;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.fact.Assembly;
import org.replygraph.extract.fact.AssemblyKind;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.extract.fact.ProposalKind;

/**
 * Which scope identifies a member or a person of one letter. A 王芳 of the Shaanxi CPPCC and a 王芳
 * of the Hubei congress are two people, so members are keyed by assembly. (Proposals have their own
 * keys: see ProposalWriter.)
 */
final class Scopes {
    private final Letter letter;
    private final String fileName;

    Scopes(Letter letter, String fileName) {
        this.letter = letter;
        this.fileName = fileName;
    }

    /**
     * The assembly the proposal was put to: its session's, or else inferred from the letter's
     * jurisdiction and the proposal kind when the issuer belongs to that jurisdiction (陕西省科学技术厅
     * answering a 提案 in a 陕西省 letter: the Shaanxi CPPCC; 工业和信息化部 answering a 建议: the National
     * People's Congress). Empty when neither holds.
     */
    Optional<Assembly> assembly() {
        Proposal p = letter.proposal();
        if (p == null) return Optional.empty();
        // A session naming only its level (市人大, no city named) scopes nothing beyond the document.
        if (p.session() != null) return Optional.of(p.session().assembly()).filter(Assembly::placeKnown);
        String place = letter.jurisdiction();
        if (place == null || place.isBlank() || letter.issuer() == null) return Optional.empty();
        // A national body's letter (jurisdiction 中国) answers a national assembly: 全国人大, 全国政协.
        if (!place.equals(AgencyResolver.NATIONAL) && !letter.issuer().name().startsWith(place)) return Optional.empty();
        AssemblyKind kind = p.kind() == ProposalKind.CPPCC_PROPOSAL ? AssemblyKind.CPPCC : AssemblyKind.PEOPLES_CONGRESS;
        return Optional.of(new Assembly(kind, place));
    }

    /** Scope of members: the assembly, else the document. */
    String memberScope() {
        return assembly().map(IriMinter::scopeOf).orElse(IriMinter.documentScope(fileName));
    }

    /** Scope of signers, contacts and other people: the issuing agency, else the document. */
    String personScope() {
        return letter.issuer() != null ? IriMinter.agencyScope(letter.issuer().name())
                : IriMinter.documentScope(fileName);
    }
}
