package org.replygraph.extract.entity;
import org.junit.jupiter.api.Test;
import java.util.*;
class DumpTmpTest {
    @Test void dump() {
        List<GoldCorpus.Doc> docs = new ArrayList<>(GoldCorpus.seeds()); docs.addAll(GoldCorpus.dev());
        for (GoldCorpus.Doc d : docs) {
            var r = GoldCorpus.extract(d);
            System.out.println("## " + d.name());
            r.entities().policies().forEach(p -> System.out.println("  P " + p));
            r.entities().centres().forEach(p -> System.out.println("  C " + p));
            r.entities().agencies().forEach(p -> System.out.println("  A " + p));
            r.entities().organisations().forEach(p -> System.out.println("  O " + p));
            r.entities().people().forEach(p -> System.out.println("  H " + p));
            r.entities().tables().forEach(p -> System.out.println("  T " + p));
            r.diagnostics().forEach(p -> System.out.println("  D " + p));
        }
    }
}
