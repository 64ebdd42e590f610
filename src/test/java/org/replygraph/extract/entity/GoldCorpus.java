package org.replygraph.extract.entity;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.replygraph.extract.EntityExtractor;
import org.replygraph.extract.LetterExtractor;
import org.replygraph.extract.fact.DocType;
import org.replygraph.extract.fact.Letter;
import org.replygraph.text.CleanText;
import org.replygraph.text.TextCleaner;

/** The seed and dev letters with their gold files, read from the project's test copies. */
final class GoldCorpus {
    /** One document: its cleaned text and gold JSON. */
    record Doc(String name, CleanText text, JsonObject gold) { }

    private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\\)");

    private GoldCorpus() {
    }

    static List<Doc> seeds() {
        return read(Path.of("seeds"), Path.of("src/test/resources/gold/seeds"));
    }

    static List<Doc> dev() {
        return read(Path.of("src/test/resources/dev/letters"), Path.of("src/test/resources/dev/gold"));
    }

    private static List<Doc> read(Path letters, Path gold) {
        List<Doc> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.sorted().toList()) {
                String name = g.getFileName().toString().replace(".json", ".txt");
                String raw = Files.readString(letters.resolve(name), StandardCharsets.UTF_8);
                JsonObject json = JsonParser.parseString(Files.readString(g, StandardCharsets.UTF_8)).getAsJsonObject();
                out.add(new Doc(name, clean(raw), json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gold corpus " + gold, e);
        }
        return out;
    }

    /**
     * The project's cleaner; while it is still the identity, a stand-in for its two steps these
     * letters need (pinyin annotations 業(yè) dropped, traditional to simplified).
     */
    static CleanText clean(String raw) {
        CleanText ct = new TextCleaner().clean(raw);
        if (!ct.text().equals(raw)) return ct;
        return CleanText.identity(HanLP.convertToSimplifiedChinese(PINYIN.matcher(raw).replaceAll("")));
    }

    static EntityExtractor.Result extract(Doc d) {
        Letter letter = new LetterExtractor().extract(d.text()).letter();
        return new EntityExtractor().extract(d.text(), letter);
    }

    /** Both sides of a comparison: simplified, NFKC, without spaces and quotation marks. */
    static String norm(String s) {
        String t = Normalizer.normalize(HanLP.convertToSimplifiedChinese(s), Normalizer.Form.NFKC);
        return t.replaceAll("[\\s\"'“”‘’「」]", "");
    }

    /** A gold list of entries, each a string or a list of acceptable strings, normalised. */
    static List<List<String>> alternatives(JsonObject gold, String key) {
        List<List<String>> out = new ArrayList<>();
        JsonElement e = gold.get(key);
        if (e == null || e.isJsonNull()) return out;
        for (JsonElement item : e.getAsJsonArray()) {
            List<String> alts = new ArrayList<>();
            if (item.isJsonArray()) item.getAsJsonArray().forEach(a -> alts.add(norm(a.getAsString())));
            else alts.add(norm(item.getAsString()));
            out.add(alts);
        }
        return out;
    }

    static boolean isReplyLetter(Letter l) {
        return l.type() != DocType.OTHER;
    }
}
