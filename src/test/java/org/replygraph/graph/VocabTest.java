package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** Every term of {@link Vocab} is RG's constant of the same name, so RG stays the one place an IRI is spelled. */
class VocabTest {
    @Test
    void everyTermIsRgsConstantOfTheSameName() throws ReflectiveOperationException {
        int n = 0;
        for (Field f : Vocab.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Term.class) continue;
            Node rg = (Node) RG.class.getField(f.getName()).get(null);
            Term t = (Term) f.get(null);
            assertEquals(rg, t.node(), f.getName());
            assertEquals("<" + rg.getURI() + ">", t.toString(), f.getName());
            n++;
        }
        assertTrue(n > 100, "the writers' vocabulary: " + n + " terms");
    }

    @Test
    void aCurieIsMadeOnceAndIsRgsNode() {
        assertEquals(RG.curie("rg:Agency"), Vocab.curie("rg:Agency").node());
        assertTrue(Vocab.curie("foaf:Person") == Vocab.curie("foaf:Person"));
    }
}
