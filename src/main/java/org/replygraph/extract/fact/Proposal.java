package org.replygraph.extract.fact;

import java.util.List;
import java.util.Objects;

/**
 * The motion a letter answers. Fields the text does not give are null (number, title, session,
 * proposerRole) or empty (proposers): nothing is invented.
 *
 * @param number       as written without 第/号: 604, 萧山45, JY100012050700, 6.11
 * @param title        without 《》
 * @param proposers    named members, without 委员/代表
 * @param proposerRole 委员 or 代表 as the salutation says, or null
 * @param proposingUnit a unit that put it forward (贵单位 has no name: null)
 */
public record Proposal(ProposalKind kind, Located<String> number, Located<String> title,
                       List<PersonRef> proposers, String proposerRole, Located<String> proposingUnit,
                       Session session) {
    public Proposal {
        Objects.requireNonNull(kind, "kind");
        proposers = List.copyOf(proposers);
        if (proposerRole != null && !proposerRole.equals("委员") && !proposerRole.equals("代表"))
            throw new IllegalArgumentException("Illegal proposerRole=" + proposerRole + " : must be 委员 or 代表");
    }
}
