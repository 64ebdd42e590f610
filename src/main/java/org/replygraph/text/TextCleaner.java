package org.replygraph.text;

import org.replygraph.ingest.DocumentTimeLimit;

/**
 * Cleans decoded text for extraction, keeping a map from every cleaned char back to the original.
 *
 * <pre>{@code
 * CleanText ct = new TextCleaner().clean("制造業(yè)轉(zhuǎn)型\r\n已阅 0  打印   关闭");
 * ct.text();            // "制造业转型"
 * ct.originalSlice(3, 4); // "轉"
 * ct.traditional();     // true: most Han chars changed in conversion
 * }</pre>
 *
 * <p>The steps, in order: transcoding damage (before width folding, so a real ？ survives), char
 * folding (line endings, spaces, NFKC of full-width forms), pinyin readings (before conversion, so
 * HanLP sees whole words), traditional to simplified, line tidying, the breaks of a flattened page ({@link LineSplitter}), site chrome (on tidied,
 * simplified text, so one pattern fits both scripts, after field labels are laid out one way ({@link LabelLayout}); gambling spam first, in a pass of its own, since it may stand where
 * a breadcrumb begins), tidying again for what chrome left, and last
 * the document's body ({@link BodyFinder}): lines before its heading and metadata and after its sign-off go.
 * The steps hold no state: one cleaner may serve many threads.
 */
public final class TextCleaner {
    private final DamageRemover damage = new DamageRemover();
    private final CharFolder folder = new CharFolder();
    private final PinyinRemover pinyin = new PinyinRemover();
    private final Simplifier simplifier = new Simplifier();
    private final LineTidier tidier = new LineTidier();
    private final LineSplitter splitter = new LineSplitter();
    private final LabelLayout labels = new LabelLayout();
    private final ChromeRemover spam = new ChromeRemover(ChromeRules.spam());
    private final ChromeRemover chrome = new ChromeRemover(ChromeRules.page());
    private final BodyFinder body = new BodyFinder();

    public CleanText clean(String original) {
        MappedText t = MappedText.identity(original);
        t = damage.apply(t);
        t = folder.apply(t);
        t = pinyin.apply(t);
        DocumentTimeLimit.check();
        Simplifier.Result simple = simplifier.apply(t);
        t = labels.apply(splitter.apply(tidier.apply(simple.text())));
        DocumentTimeLimit.check();
        MappedText unspammed = spam.apply(t);
        if (unspammed != t) t = tidier.apply(unspammed);
        t = chrome.apply(t);
        t = tidier.apply(t);
        DocumentTimeLimit.check();
        BodyFinder.Result found = body.apply(t);
        return found.text().toCleanText(original, simple.traditional(), found.found());
    }
}
