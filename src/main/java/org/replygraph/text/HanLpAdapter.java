package org.replygraph.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The one class that calls HanLP: conversion between traditional and simplified characters, pinyin
 * readings and word segmentation, in this project's own types. Swapping the library touches this file.
 *
 * <pre>{@code
 * HanLpAdapter.simplified("發布機構");         // 发布机构
 * HanLpAdapter.traditional("发布机构");        // 發佈機構
 * HanLpAdapter.pinyin("国家").get(0).toneless(); // guo
 * HanLpAdapter.segment("国家增材制造");          // [国家/n, 增/v, 材/ng, 制造/vn] (word and part of speech)
 * }</pre>
 */
public final class HanLpAdapter {
    /**
     * HanLP's segmenter: its analysis keeps no state between calls (HanLP's design: intermediate results
     * live on the call stack), so one instance serves every thread.
     */
    private static final Segment SEGMENT = HanLP.newSegment();

    private HanLpAdapter() {
    }

    /** One word as the segmenter gives it, with its part of speech ("x" when it has none). */
    public record Word(String word, String nature) { }

    /** The reading of one character, without and with tone marks (guo, guó). */
    public record Syllable(String toneless, String toned) { }

    public static String simplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    public static String traditional(String text) {
        return HanLP.convertToTraditionalChinese(text);
    }

    /**
     * One entry per character HanLP reads (it reads words, so a character's reading may depend on its
     * neighbours); null where it has no reading. The list may be shorter than the text.
     */
    public static List<Syllable> pinyin(String text) {
        List<Syllable> out = new ArrayList<>();
        for (Pinyin p : HanLP.convertToPinyinList(text))
            out.add(p == Pinyin.none5 ? null : new Syllable(p.getPinyinWithoutTone(), p.getPinyinWithToneMark()));
        return out;
    }

    /** The words of a phrase in order, as HanLP's standard segmenter splits it. */
    public static List<Word> segment(String phrase) {
        List<Word> out = new ArrayList<>();
        for (Term t : SEGMENT.seg(phrase)) out.add(new Word(t.word, t.nature == null ? "x" : t.nature.toString()));
        return out;
    }
}
