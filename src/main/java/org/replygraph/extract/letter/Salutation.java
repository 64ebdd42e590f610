package org.replygraph.extract.letter;

import java.util.List;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Span;

/**
 * Whom a letter addresses: named members with their role (张三、李四委员 -> [张三, 李四], 委员),
 * or a unit (民革市委会, or none for 贵单位). {@code span} covers the salutation; {@code end} is where the
 * letter's body starts.
 */
public record Salutation(List<PersonRef> proposers, String role, Located<String> unit, Span span) {
    public Salutation {
        proposers = List.copyOf(proposers);
    }

    public int end() {
        return span.end();
    }
}
