package org.replygraph.graph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.replygraph.graph.BuildOptions;

/**
 * The version of what turns a letter's bytes into its graph, recorded in each stored document's graph as
 * {@code rg:extractorVersion}: the release, then the first 12 hex digits of a SHA-256 over the compiled
 * rules (the class files of the ingest, text, extract and graph stages, store code excepted) and the
 * reference data shipped under {@code ontology/}, then {@code +mobiles} when personal mobiles are
 * published. Any change to the rules, the reference tables or that option changes it, so a store built by
 * another version re-extracts every letter instead of keeping stale graphs: an explicit constant bumped
 * by hand would be forgotten. A change that does not touch extraction (a comment that moves line numbers)
 * also changes it, which costs one full rebuild and never a wrong graph.
 *
 * <pre>{@code
 * ExtractorVersion.of(BuildOptions.defaults());   // "0.1.0+3fa2c1d9e0ab"
 * }</pre>
 */
public final class ExtractorVersion {
    /** The release of the rules; the hash after it tells builds of one release apart. */
    static final String RELEASE = "0.1.0";
    private static final List<String> HASHED = List.of("org/replygraph/ingest/", "org/replygraph/text/",
            "org/replygraph/extract/", "org/replygraph/graph/", "ontology/");
    private static final String NOT_HASHED = "org/replygraph/graph/store/";
    private static volatile String rules;

    private ExtractorVersion() { }

    public static String of(BuildOptions options) {
        return withOptions(rules(null, null), options);
    }

    /**
     * As {@link #of(BuildOptions)}; when the rules are a jar, the hash of its rules is kept in {@code memo} under the
     * jar's path, size and modification time and read back next time instead of hashed again (hashing the jar's
     * rules took ~8% of serve's CPU before its first page on the seeds). A rebuilt jar has another size or time,
     * so another memo.
     */
    public static String of(BuildOptions options, Path memo) {
        return of(options, memo, null);
    }

    /**
     * As {@link #of(BuildOptions, Path)}; when {@code memo} has not kept the jar's hash, it is read from
     * {@code packaged} (the folder {@code mvn package} filled beside the jar, {@link ExtractionCache#packaged}; null:
     * none) before the jar is hashed, and kept in {@code memo}.
     */
    public static String of(BuildOptions options, Path memo, Path packaged) {
        return withOptions(rules(memo, packaged), options);
    }

    private static String withOptions(String rules, BuildOptions options) {
        return options.publishPersonalMobiles() ? rules + "+mobiles" : rules;
    }

    private static String rules(Path memo, Path packaged) {
        String r = rules;
        if (r == null) {
            synchronized (ExtractorVersion.class) {
                r = rules;
                if (r == null) rules = r = RELEASE + "+" + rulesHash(memo, packaged);
            }
        }
        return r;
    }

    /** The hash of the class files and reference data this build reads, "unhashed" when they cannot be listed. */
    private static String rulesHash(Path memo, Path packaged) {
        try {
            Path root = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (memo != null && Files.isRegularFile(root)) return memoised(root, memo, packaged);
            return hash(root);
        } catch (URISyntaxException | RuntimeException e) {
            return "unhashed";
        }
    }

    /** The jar's hash from {@code memo} when kept there for this path, size and time; else hashed and kept. */
    static String memoised(Path jar, Path memo) {
        return memoised(jar, memo, null);
    }

    /** As {@link #memoised(Path, Path)}, reading the hash from {@code packaged}'s memo when {@code memo} has none. */
    static String memoised(Path jar, Path memo, Path packaged) {
        String stamp = jar.toAbsolutePath() + "\n" + jar.toFile().length() + "\n" + jar.toFile().lastModified();
        Path file;
        try {
            file = memo.resolve("rules-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(stamp.getBytes(StandardCharsets.UTF_8))).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            return hash(jar);
        }
        String kept = kept(file);
        if (kept != null) return kept;
        String h = packaged == null ? null : kept(packaged.resolve(file.getFileName()));
        if (h == null) h = hash(jar);
        if (h.equals("unhashed")) return h;
        try {
            Files.createDirectories(memo);
            Path temp = Files.createTempFile(memo, ".rules-", ".tmp");
            Files.writeString(temp, h, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // a memo that cannot be kept costs the hash next time, never this start
        }
        return h;
    }

    /** The hash a memo file keeps, null when there is none (or not one of ours). */
    private static String kept(Path file) {
        try {
            String kept = Files.readString(file, StandardCharsets.UTF_8);
            return kept.matches("[0-9a-f]{12}") ? kept : null;
        } catch (IOException e) {
            return null; // not kept yet (or unreadable): hashed
        }
    }

    private static String hash(Path root) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(root)) hashFolder(root, sha);
            else hashJar(root, sha);
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return "unhashed";
        }
    }

    private static boolean hashed(String entry) {
        if (entry.endsWith("/") || entry.startsWith(NOT_HASHED)) return false;
        for (String prefix : HASHED) if (entry.startsWith(prefix)) return true;
        return false;
    }

    private static void hashFolder(Path root, MessageDigest sha) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (hashed(name)) names.add(name);
            });
        }
        names.sort(null);
        for (String name : names) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(root.resolve(name)));
        }
    }

    private static void hashJar(Path jar, MessageDigest sha) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>(file.stream().filter(e -> hashed(e.getName())).toList());
            entries.sort(Comparator.comparing(JarEntry::getName));
            for (JarEntry e : entries) {
                sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(e)) {
                    sha.update(in.readAllBytes());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
    }
}
