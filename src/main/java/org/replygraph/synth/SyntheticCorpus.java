package org.replygraph.synth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.replygraph.text.HanLpAdapter;

/**
 * A corpus of {@code letters} synthetic reply letters, produced one at a time (flat memory at any
 * size); the same seed gives the same letters in the same order.
 * <pre>{@code
 * for (SyntheticLetter l : new SyntheticCorpus(1000, 42)) {
 *     Files.writeString(dir.resolve(l.fileName()), l.text());
 * }
 * }</pre>
 * A proposal is answered by its lead body and, for some proposals with co-handlers, by co-handlers too:
 * those letters share the proposal's number and session. About 7% of letters are written in
 * traditional characters and 10% carry publishing damage.
 */
public final class SyntheticCorpus implements Iterable<SyntheticLetter> {
    /** How often a co-handler answers the proposal with a letter of its own (percent). */
    private static final int CO_HANDLER_WRITES = 35;

    private final long letters;
    private final long seed;
    private final SynthData data;

    public SyntheticCorpus(long letters, long seed) {
        if (letters < 0) throw new IllegalArgumentException("Illegal letters=" + letters + " : must be 0 or more");
        this.letters = letters;
        this.seed = seed;
        this.data = SynthData.standard();
    }

    public long size() {
        return letters;
    }

    @Override
    public Iterator<SyntheticLetter> iterator() {
        return new Iterator<>() {
            private final ProposalFactory proposals = new ProposalFactory(data, seed);
            private final LetterComposer composer = new LetterComposer();
            private final Deque<SyntheticLetter> pending = new ArrayDeque<>();
            private final String nameFormat = "%0" + Math.max(6, String.valueOf(Math.max(0, letters - 1)).length()) + "d.txt";
            private long made;
            private long nextProposal;

            @Override
            public boolean hasNext() {
                return made < letters;
            }

            @Override
            public SyntheticLetter next() {
                if (!hasNext()) throw new NoSuchElementException();
                if (pending.isEmpty()) fill();
                made++;
                return pending.removeFirst();
            }

            private void fill() {
                SyntheticProposal p = proposals.next(nextProposal++);
                long base = ProposalFactory.mix(seed, p.id());
                add(p, p.lead(), true, new SplittableRandom(ProposalFactory.mix(base, 0)));
                for (int k = 0; k < p.coHandlers().size(); k++) {
                    SplittableRandom r = new SplittableRandom(ProposalFactory.mix(base, k + 1));
                    if (r.nextInt(100) < CO_HANDLER_WRITES) add(p, p.coHandlers().get(k), false, r);
                }
            }

            private void add(SyntheticProposal p, Body body, boolean lead, SplittableRandom r) {
                LetterComposer.Draft d = composer.compose(r, p, body, lead);
                String text = d.traditional() ? HanLpAdapter.traditional(d.text()) : d.text();
                String name = String.format(nameFormat, made + pending.size());
                pending.addLast(new SyntheticLetter(name, text, d.truth(), p.id()));
            }
        };
    }
}
