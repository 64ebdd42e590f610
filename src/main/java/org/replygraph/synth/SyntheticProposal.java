package org.replygraph.synth;

import java.util.List;
import java.util.Objects;

/**
 * One motion and the bodies that answer it, e.g. a 省政协 proposal numbered 0318 at the fifth meeting
 * of the thirteenth committee, put forward by two members the generator names, led by the province's
 * 工业和信息化厅 with co-handlers. Every letter written for it
 * carries the same number, title and session.
 *
 * @param cppcc      a CPPCC proposal (提案, 委员) rather than a congress suggestion (建议, 代表)
 * @param number     the number as every letter writes it, without 第/号 (0318, 20230057)
 * @param coHandlers the other bodies of the same jurisdiction that handle it, in order
 */
record SyntheticProposal(long id, Jurisdiction place, boolean cppcc, int term, int meeting, int year, String number,
                         String title, String topic, List<String> proposers, Body lead, List<Body> coHandlers) {
    SyntheticProposal {
        Objects.requireNonNull(place, "place");
        proposers = List.copyOf(proposers);
        coHandlers = List.copyOf(coHandlers);
        if (term < 1 || meeting < 1) throw new IllegalArgumentException("Illegal session term=" + term + " meeting=" + meeting);
    }

    String role() {
        return cppcc ? "委员" : "代表";
    }

    String motion() {
        return cppcc ? "提案" : "建议";
    }

    /** The full name of a body of this proposal's jurisdiction: 陕西省 + 工业和信息化厅. */
    String agencyName(Body body) {
        return place.signName() + body.name(place.provincial());
    }
}
