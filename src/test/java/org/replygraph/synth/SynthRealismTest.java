package org.replygraph.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Letter;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Proposal;
import org.replygraph.ingest.SourceDocument;

/**
 * The generator's own check of realism: the extractor reads the key fields of a sample of generated
 * letters back as the generator wrote them. Prints each field's accuracy and the first misses.
 */
class SynthRealismTest {
    /** 400 letters in the suite; {@code -Dsynth.sample=5000} for a closer figure. */
    private static final int SAMPLE = Integer.getInteger("synth.sample", 400);
    private static final String NO_HASH = "0".repeat(64);

    record Field(String name, Function<LetterTruth, Object> expected, Function<Letter, Object> actual) { }

    private static final List<Field> FIELDS = List.of(
            new Field("proposal.number", LetterTruth::number, l -> l.proposal() == null || l.proposal().number() == null ? null : l.proposal().number().value()),
            new Field("proposal.title", LetterTruth::title, l -> l.proposal() == null || l.proposal().title() == null ? null : l.proposal().title().value()),
            new Field("proposal.proposers", LetterTruth::proposers, l -> l.proposal() == null ? List.of() : l.proposal().proposers().stream().map(PersonRef::name).toList()),
            new Field("proposal.role", LetterTruth::role, l -> l.proposal() == null ? null : l.proposal().proposerRole()),
            new Field("proposal.kind", t -> t.cppcc() ? "CPPCC_PROPOSAL" : "NPC_SUGGESTION", l -> l.proposal() == null ? null : l.proposal().kind().name()),
            new Field("session", t -> t.assemblyPlace() == null ? null : t.assemblyPlace() + " " + t.term() + "/" + t.meeting(),
                    l -> session(l.proposal())),
            new Field("issuer", LetterTruth::issuer, l -> l.issuer() == null ? null : l.issuer().name()),
            new Field("co_handlers", LetterTruth::coHandlers, l -> l.coHandlers().stream().map(AgencyRef::name).toList()),
            new Field("signer", LetterTruth::signer, l -> l.signer() == null ? null : l.signer().name()),
            new Field("doc_number", LetterTruth::docNumber, l -> l.docNumber() == null ? null : l.docNumber().value()),
            new Field("date", LetterTruth::date, l -> l.date() == null ? null : l.date().value()),
            new Field("contact_person", LetterTruth::contactPerson, l -> l.contact() == null ? null : l.contact().name()),
            new Field("contact_phone", LetterTruth::contactPhone, l -> l.contactPhone() == null ? null : l.contactPhone().value().number()),
            new Field("category", LetterTruth::category, l -> l.category() == null ? null : l.category().value()));

    private static String session(Proposal p) {
        if (p == null || p.session() == null) return null;
        return p.session().assembly().place() + " " + p.session().term() + "/" + p.session().meeting();
    }

    @Test
    void theExtractorReadsBackTheKeyFieldsOfGeneratedLetters() {
        Extractor extractor = new Extractor();
        Map<String, int[]> score = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        int right = 0, total = 0;
        Iterator<SyntheticLetter> it = new SyntheticCorpus(SAMPLE, 11).iterator();
        while (it.hasNext()) {
            SyntheticLetter l = it.next();
            DocumentFacts f = extractor.extract(new SourceDocument(l.fileName(), NO_HASH, "UTF-8", l.text()));
            for (Field field : FIELDS) {
                Object want = simple(field.expected().apply(l.truth()));
                Object got = simple(field.actual().apply(f.letter()));
                boolean ok = Objects.equals(want, got);
                int[] s = score.computeIfAbsent(field.name(), k -> new int[2]);
                s[0] += ok ? 1 : 0;
                s[1]++;
                right += ok ? 1 : 0;
                total++;
                if (!ok && misses.size() < 60) misses.add(l.fileName() + " " + field.name() + ": want " + want + " got " + got);
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "synthetic letters, %d letters: %.4f of fields right%n",
                SAMPLE, right / (double) total));
        score.forEach((k, s) -> report.append(String.format(Locale.ROOT, "  %-20s %.3f%n", k, s[0] / (double) s[1])));
        misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
        System.out.print(report);
        assertTrue(right / (double) total >= 0.95, report.toString());
    }

    /** Both sides in simplified characters, as gold-format.md compares them. */
    private static Object simple(Object v) {
        if (v instanceof String s) return HanLP.convertToSimplifiedChinese(s);
        if (v instanceof List<?> list) return list.stream().map(SynthRealismTest::simple).toList();
        return v == null ? null : v.toString();
    }
}
