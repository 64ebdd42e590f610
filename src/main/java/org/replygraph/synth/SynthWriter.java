package org.replygraph.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a synthetic corpus into a folder, one UTF-8 file per letter, streaming; counts what it wrote.
 * <pre>{@code
 * SynthWriter.Summary s = SynthWriter.write(new SyntheticCorpus(100_000, 42), Path.of("target/synth"));
 * s.letters();   // 100000
 * }</pre>
 */
public final class SynthWriter {
    private SynthWriter() { }

    /**
     * What was written: letters, proposals, bytes; proposals answered by several letters; letters whose
     * title an earlier proposal of another session already had; traditional and damaged letters.
     */
    public record Summary(long letters, long proposals, long bytes, long multiAgencyProposals, long repeatedTitles,
                          long traditional, long damaged) { }

    public static Summary write(SyntheticCorpus corpus, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create output folder " + dir, e);
        }
        long letters = 0, bytes = 0, multi = 0, repeated = 0, traditional = 0, damaged = 0, proposals = 0;
        long lastProposal = -1;
        int lettersOfProposal = 0;
        // The last few proposals' titles and sessions: a title met again in another session is a repeat.
        Map<String, String> recentSession = new HashMap<>();
        for (SyntheticLetter l : corpus) {
            byte[] b = l.text().getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve(l.fileName());
            try {
                Files.write(file, b);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
            letters++;
            bytes += b.length;
            if (l.truth().traditional()) traditional++;
            if (l.truth().damaged()) damaged++;
            if (l.proposalId() != lastProposal) {
                if (lettersOfProposal > 1) multi++;
                proposals++;
                lastProposal = l.proposalId();
                lettersOfProposal = 0;
                if (recentSession.size() > 64) recentSession.clear();
                String session = l.truth().assemblyPlace() + l.truth().term() + "/" + l.truth().meeting();
                String before = recentSession.put(l.truth().title(), session);
                if (before != null && !before.equals(session)) repeated++;
            }
            lettersOfProposal++;
        }
        if (lettersOfProposal > 1) multi++;
        return new Summary(letters, proposals, bytes, multi, repeated, traditional, damaged);
    }
}
