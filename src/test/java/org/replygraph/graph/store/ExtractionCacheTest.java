package org.replygraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.BuiltDocument;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.DocumentCache;
import org.replygraph.graph.RG;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.SourceDocument;

/**
 * serve's extraction cache: a second build takes every letter from it and gives the same quads and report; changed
 * bytes, another name, another extractor version or base, or a file cut short are misses, and a miss is built and kept.
 */
class ExtractionCacheTest {
    private static final BuildOptions OPTIONS = BuildOptions.defaults();

    /** The cache, counting its hits and the documents it was given. */
    private static final class Counting implements DocumentCache {
        final DocumentCache cache;
        final List<String> hits = new ArrayList<>();
        final List<String> puts = new ArrayList<>();

        Counting(DocumentCache cache) {
            this.cache = cache;
        }

        @Override
        public synchronized Optional<BuiltDocument> find(SourceDocument source) {
            Optional<BuiltDocument> found = cache.find(source);
            found.ifPresent(d -> hits.add(d.fileName()));
            return found;
        }

        @Override
        public synchronized void put(BuiltDocument document) {
            puts.add(document.fileName());
            cache.put(document);
        }
    }

    private static BuildReport build(List<Path> inputs, DatasetGraph into, DocumentCache cache) {
        return new CorpusBuilder(OPTIONS, 2).withCache(cache).build(inputs, into);
    }

    @Test
    void aSecondBuildTakesEveryLetterFromTheCacheWithTheSameQuadsAndReport(@TempDir Path dir) {
        List<Path> letters = StoreFixtures.letters(3);
        DatasetGraph fresh = CorpusBuilder.newDataset();
        BuildReport uncached = build(letters, fresh, DocumentCache.NONE);

        Counting first = new Counting(new ExtractionCache(dir, OPTIONS));
        DatasetGraph one = CorpusBuilder.newDataset();
        BuildReport r1 = build(letters, one, first);
        assertEquals(List.of(), first.hits, "an empty cache holds nothing");
        assertEquals(8, first.puts.size(), "every letter built is kept: " + first.puts);

        Counting second = new Counting(new ExtractionCache(dir, OPTIONS));
        DatasetGraph two = CorpusBuilder.newDataset();
        BuildReport r2 = build(letters, two, second);
        assertEquals(8, second.hits.size(), "every letter from the cache: " + second.hits);
        assertEquals(List.of(), second.puts, "nothing built, nothing written");

        TreeSet<String> expected = StoreFixtures.quads(fresh);
        StoreFixtures.assertSameQuads(expected, StoreFixtures.quads(one), "built while filling the cache");
        StoreFixtures.assertSameQuads(expected, StoreFixtures.quads(two), "read back from the cache");
        assertEquals(uncached.documents(), r1.documents());
        assertEquals(uncached.documents(), r2.documents(), "the same report entries: type, proposal, agency, date, quads, diagnostics");
    }

    @Test
    void changedBytesAndAnotherNameAreMissesAndAreBuiltAgain(@TempDir Path dir) throws IOException {
        List<Path> letters = StoreFixtures.copies(StoreFixtures.letters(0).subList(0, 2), dir.resolve("in"));
        Path cacheDir = dir.resolve("cache");
        build(letters, CorpusBuilder.newDataset(), new ExtractionCache(cacheDir, OPTIONS));

        Files.writeString(letters.get(0), "\n联系人：张三\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path renamed = Files.move(letters.get(1), letters.get(1).resolveSibling("renamed-" + letters.get(1).getFileName()));
        List<Path> changed = List.of(letters.get(0), renamed);
        Counting again = new Counting(new ExtractionCache(cacheDir, OPTIONS));
        DatasetGraph cached = CorpusBuilder.newDataset();
        build(changed, cached, again);
        assertEquals(List.of(), again.hits, "changed bytes and a new name (its IRIs come from the name) are both misses");
        assertEquals(2, again.puts.size());

        DatasetGraph fresh = CorpusBuilder.newDataset();
        build(changed, fresh, DocumentCache.NONE);
        StoreFixtures.assertSameQuads(StoreFixtures.quads(fresh), StoreFixtures.quads(cached), "the changed letters as built now");
    }

    @Test
    void anotherExtractorVersionOrBaseIsAMiss(@TempDir Path dir) throws Exception {
        Path seed = StoreFixtures.letters(0).get(0);
        SourceDocument source = new DocumentReader().read(seed);
        BuiltDocument built = new CorpusBuilder(OPTIONS, 1).buildOne(seed);
        new ExtractionCache(dir, "0.1.0+aaaaaaaaaaaa", RG.DEFAULT_BASE).put(built);

        assertTrue(new ExtractionCache(dir, "0.1.0+aaaaaaaaaaaa", RG.DEFAULT_BASE).find(source).isPresent(), "same version and base: a hit");
        assertEquals(Optional.empty(), new ExtractionCache(dir, "0.1.0+bbbbbbbbbbbb", RG.DEFAULT_BASE).find(source),
                "rules changed (another extractor version): a miss");
        assertEquals(Optional.empty(), new ExtractionCache(dir, "0.1.0+aaaaaaaaaaaa+mobiles", RG.DEFAULT_BASE).find(source),
                "--publish-mobiles is part of the version: a miss");
        assertEquals(Optional.empty(), new ExtractionCache(dir, "0.1.0+aaaaaaaaaaaa", "https://example.org/id/").find(source),
                "another base IRI: a miss");
        assertTrue(ExtractorVersion.of(OPTIONS.withPersonalMobiles(true)).endsWith("+mobiles"));
    }

    @Test
    void aFileCutShortIsAMissAndTheNextBuildWritesItAgain(@TempDir Path dir) throws Exception {
        List<Path> letters = StoreFixtures.letters(0).subList(0, 1);
        ExtractionCache cache = new ExtractionCache(dir, OPTIONS);
        build(letters, CorpusBuilder.newDataset(), cache);
        SourceDocument source = new DocumentReader().read(letters.get(0));
        Path file = cache.fileOf(source.fileName(), source.sha256());
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(Optional.empty(), cache.find(source), "half a gzip file is a miss, not a failure");
        Files.writeString(file, "not gzip");
        assertEquals(Optional.empty(), cache.find(source), "another format is a miss");

        Counting again = new Counting(cache);
        build(letters, CorpusBuilder.newDataset(), again);
        assertEquals(List.of(source.fileName()), again.puts, "built and written again");
        assertTrue(cache.find(source).isPresent(), "and found the next time");
    }

    @Test
    void aReadOnlyFolderOfPackagedGraphsIsReadOnAMissAndNeverWrittenNorTouched(@TempDir Path dir) throws Exception {
        List<Path> letters = StoreFixtures.letters(0).subList(0, 2);
        Path packaged = dir.resolve("replygraph.graphs");
        String version = "0.1.0+aaaaaaaaaaaa";
        CorpusBuilder builder = new CorpusBuilder(OPTIONS, 1);
        new ExtractionCache(packaged, version, RG.DEFAULT_BASE).put(builder.buildOne(letters.get(0)));
        SourceDocument inPackage = new DocumentReader().read(letters.get(0));
        SourceDocument notInPackage = new DocumentReader().read(letters.get(1));
        Path packagedFile = new ExtractionCache(packaged, version, RG.DEFAULT_BASE).fileOf(inPackage.fileName(), inPackage.sha256());
        java.nio.file.attribute.FileTime written = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L);
        Files.setLastModifiedTime(packagedFile, written);

        Path user = dir.resolve("user");
        Counting cache = new Counting(new ExtractionCache(user, version, RG.DEFAULT_BASE, packaged));
        DatasetGraph served = CorpusBuilder.newDataset();
        build(letters, served, cache);
        assertEquals(List.of(inPackage.fileName()), cache.hits, "the packaged letter is read from the packaged folder");
        assertEquals(List.of(notInPackage.fileName()), cache.puts, "the other one is extracted and kept in the user's folder");
        assertEquals(written, Files.getLastModifiedTime(packagedFile), "a packaged graph read is not touched");
        try (var files = Files.walk(packaged)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "nothing written into the packaged folder");
        }
        DatasetGraph fresh = CorpusBuilder.newDataset();
        build(letters, fresh, DocumentCache.NONE);
        StoreFixtures.assertSameQuads(StoreFixtures.quads(fresh), StoreFixtures.quads(served), "the same quads as extracted now");
        assertEquals(Optional.empty(), new ExtractionCache(user, "0.1.0+bbbbbbbbbbbb", RG.DEFAULT_BASE, packaged).find(inPackage),
                "packaged graphs of other rules are a miss like any other entry");
    }

    @Test
    void theRulesHashIsReadFromThePackagedFolderWhenTheUsersFolderHasNotKeptItAndKeptThere(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("rules.jar");
        writeJar(jar, "a rule");
        Path packaged = dir.resolve("packaged");
        String hashed = ExtractorVersion.memoised(jar, packaged);
        Path packagedMemo;
        try (var files = Files.list(packaged)) {
            packagedMemo = files.findFirst().orElseThrow();
        }
        Files.writeString(packagedMemo, "0123456789ab"); // not the jar's real hash: shows where the answer came from
        Path user = dir.resolve("user");
        assertEquals("0123456789ab", ExtractorVersion.memoised(jar, user, packaged), "read from the packaged folder, not hashed");
        assertEquals("0123456789ab", Files.readString(user.resolve(packagedMemo.getFileName())), "and kept in the user's folder");
        assertEquals(hashed, ExtractorVersion.memoised(jar, dir.resolve("other"), dir.resolve("absent")),
                "no memo anywhere: the jar is hashed");
    }

    @Test
    void theRulesHashOfAJarIsKeptUnderItsPathSizeAndTimeAndHashedAgainWhenTheJarChanges(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("rules.jar");
        writeJar(jar, "a rule");
        Path memo = dir.resolve("memo");
        String hashed = ExtractorVersion.memoised(jar, memo);
        assertTrue(hashed.matches("[0-9a-f]{12}"), hashed);
        List<Path> kept;
        try (var files = Files.list(memo)) {
            kept = files.toList();
        }
        assertEquals(1, kept.size(), "one memo: " + kept);
        Files.writeString(kept.get(0), "0123456789ab");
        assertEquals("0123456789ab", ExtractorVersion.memoised(jar, memo), "read back, not hashed again");

        writeJar(jar, "another rule");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        String again = ExtractorVersion.memoised(jar, memo);
        assertTrue(again.matches("[0-9a-f]{12}") && !again.equals(hashed) && !again.equals("0123456789ab"),
                "a rebuilt jar is hashed again: " + again + " after " + hashed);
    }

    private static void writeJar(Path jar, String rule) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("org/replygraph/text/Rule.class"));
            out.write(rule.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    @Test
    void trimRemovesTheLeastRecentlyUsedGraphsFirstUntilTheFolderIsWithinItsBound(@TempDir Path dir) throws Exception {
        List<Path> seeds = StoreFixtures.letters(0).subList(0, 3);
        ExtractionCache cache = new ExtractionCache(dir, "0.1.0+aaaaaaaaaaaa", RG.DEFAULT_BASE);
        List<SourceDocument> sources = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        CorpusBuilder builder = new CorpusBuilder(OPTIONS, 1);
        for (Path seed : seeds) {
            SourceDocument source = new DocumentReader().read(seed);
            cache.put(builder.buildOne(seed));
            sources.add(source);
            files.add(cache.fileOf(source.fileName(), source.sha256()));
        }
        // Written a day, two days and three days ago (oldest last); then the oldest is read: a use.
        long now = System.currentTimeMillis();
        for (int i = 0; i < 3; i++)
            Files.setLastModifiedTime(files.get(i), java.nio.file.attribute.FileTime.fromMillis(now - (i + 1) * 86_400_000L));
        assertTrue(cache.find(sources.get(2)).isPresent());
        // Another version's entry, untouched for a week: never read by these rules, so it goes first.
        Path stale = cache.fileOf("other.txt", "0".repeat(64));
        Files.createDirectories(stale.getParent());
        Files.copy(files.get(0), stale);
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(now - 7 * 86_400_000L));
        // What trim must leave alone or clean: the rules' memo, a temporary file being written, one left by a dead process.
        Path memo = Files.writeString(dir.resolve("rules-0123456789abcdef"), "0123456789ab");
        Path writing = Files.writeString(files.get(0).resolveSibling(".x.nt.gz.1234abcd.tmp"), "half");
        Path abandoned = Files.writeString(files.get(0).resolveSibling(".y.nt.gz.5678abcd.tmp"), "half");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.fromMillis(now - 2 * 3_600_000L));

        long[] size = new long[3];
        for (int i = 0; i < 3; i++) size[i] = Files.size(files.get(i));
        long all = size[0] + size[1] + size[2] + Files.size(stale);
        assertEquals(new ExtractionCache.Trim(4, all, 0, 0), cache.trim(all), "within its bound: nothing removed");

        // Room for two of the three: the stale entry and the least recently used (written two days ago) go.
        ExtractionCache.Trim t = cache.trim(size[0] + size[2]);
        assertEquals(new ExtractionCache.Trim(2, size[0] + size[2], 2, all - size[0] - size[2]), t);
        assertTrue(!Files.exists(stale), "the other version's entry is removed first");
        assertEquals(List.of(true, false, true), files.stream().map(Files::exists).toList(), "the file read last is kept");
        assertTrue(cache.find(sources.get(0)).isPresent() && cache.find(sources.get(1)).isEmpty());
        assertTrue(Files.exists(memo) && Files.exists(writing), "the memo and a file being written stay");
        assertTrue(!Files.exists(abandoned), "a temporary file two hours old is removed");

        assertEquals(new ExtractionCache.Trim(0, 0, 2, size[0] + size[2]), cache.trim(0), "a bound of 0 empties it");
        assertEquals(new ExtractionCache.Trim(0, 0, 0, 0), new ExtractionCache(dir.resolve("none"), "v", RG.DEFAULT_BASE).trim(10),
                "no folder yet: nothing to trim");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> cache.trim(-1));
        assertEquals("Illegal maxBytes=-1 : a bound is at least 0", e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenCostsNoBuild(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the folder should be");
        List<Path> letters = StoreFixtures.letters(0).subList(0, 2);
        BuildReport r = build(letters, CorpusBuilder.newDataset(), new ExtractionCache(notAFolder, OPTIONS));
        assertEquals(2, r.documentsRead());
        assertEquals(List.of(), r.failures());
    }
}
