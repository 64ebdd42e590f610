package org.replygraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.ingest.SourceDocument;

/**
 * Adversarial letters cost time linear in their size (issue 10): for each shape, extracting 10× the
 * text may cost at most 15× the CPU time of the calling thread. Before the fixes a letter naming
 * centres many times was quadratic in the centre recogniser's placed-name pass, one full of titles
 * and back-references (《方案》) in the policy recogniser's back-reference pass and in the span-overlap
 * checks, and a text without a letter's header naming cities in counting each city at every 市:
 * those ratios were 30-100×.
 *
 * <p>Measured robustly on a shared machine: the thread's CPU time, not the wall clock; both sizes
 * warmed up first; the median of a few interleaved runs; a shape over the bound is measured again
 * (a quadratic one stays over it every time).
 */
class LinearTimeTest {
    private static final int SMALL = 5_000;
    private static final int FACTOR = 10;
    private static final double MAX_RATIO = 15.0;
    private static final int RUNS = 3;
    private static final int ATTEMPTS = 3;

    private static final String HEAD = "对省十二届政协四次会议第604号提案的答复函\n类别:B\n签发人:张宗科\n陕工信函〔2021〕154号\n"
            + "蒲小川、袁小宁委员:\n您提出的《关于把西安“增材制造国家创新中心”打造为我省重要科创平台的建议》(第604号)收悉。现答复如下:\n";
    private static final String TAIL = "\n陕西省工业和信息化厅\n2021年7月4日\n";

    private static final Extractor EXTRACTOR = new Extractor();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static String seedOnOneLine;

    @BeforeAll
    static void readSeed() throws IOException {
        Assumptions.assumeTrue(THREADS.isCurrentThreadCpuTimeSupported(), "this JVM cannot measure a thread's CPU time");
        seedOnOneLine = Files.readString(Path.of("seeds/000_5dc32466c623b959.txt"), StandardCharsets.UTF_8).replace("\n", "");
    }

    /** One adversarial shape: a letter of about {@code n} chars, and what its extraction must still find per repeat. */
    record Shape(String name, IntFunction<String> letter, ToIntFunction<DocumentFacts> found, int perRepeat) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                new Shape("a seed letter as one 100k-char line", n -> HEAD + repeat(seedOnOneLine, n) + TAIL, f -> 0, 0),
                new Shape("thousands of unclosed 《", n -> HEAD + repeat("《关于加强", n) + TAIL, f -> 0, 0),
                new Shape("thousands of unclosed （", n -> HEAD + repeat("（说明", n) + TAIL, f -> 0, 0),
                new Shape("a long run of 、", n -> HEAD + "甲" + repeat("、", n) + TAIL, f -> 0, 0),
                new Shape("a list of places before a kind", n -> HEAD + repeat("西安、", n) + "等十个中试基地" + TAIL, f -> 0, 0),
                new Shape("关于关于…", n -> HEAD + repeat("关于", n) + TAIL, f -> 0, 0),
                new Shape("digits around 第…号", n -> HEAD + repeat("第12345678号", n) + "第" + repeat("1234567890", n / 4) + "号" + TAIL,
                        f -> 0, 0),
                new Shape("centres named many times, with and without their place",
                        n -> HEAD + repeat("佛山季华实验室，季华实验室、国家增材制造创新中心，增材制造创新中心。", n) + TAIL,
                        f -> f.entities().centres().size(), 4),
                new Shape("a title and its back-reference many times",
                        n -> HEAD + repeat("省政府印发《关于进一步深化制造业重点产业链链长制实施方案》，落实《方案》。", n) + TAIL,
                        f -> f.entities().policies().size(), 2),
                new Shape("thousands of distinct titles and back-references", LinearTimeTest::distinctTitles,
                        f -> f.entities().policies().size(), 2),
                new Shape("a long line without punctuation",
                        n -> HEAD + repeat("西安增材制造研究院有限公司牵头建设国家增材制造创新中心陕西省工业和信息化厅", n) + TAIL, f -> 0, 0),
                new Shape("agencies named many times", n -> HEAD + repeat("省工信厅、省发展改革委、省科技厅、市经信局会同", n) + TAIL,
                        f -> 0, 0),
                new Shape("a list of institutes before a kind", n -> HEAD + repeat("西安研究院、", n) + "等十个研究院" + TAIL, f -> 0, 0),
                new Shape("cities named many times, outside any letter", n -> repeat("西安市、宝鸡市、延安市和", n), f -> 0, 0))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void tenTimesTheTextCostsAtMostFifteenTimesTheTime(Shape shape) {
        SourceDocument small = letter(shape.letter().apply(SMALL));
        SourceDocument big = letter(shape.letter().apply(SMALL * FACTOR));
        DocumentFacts bigFacts = EXTRACTOR.extract(big); // warms up the code paths of this shape
        int repeats = SMALL * FACTOR / Math.max(1, shape.letter().apply(1).length() - HEAD.length() - TAIL.length());
        assertTrue(shape.found().applyAsInt(bigFacts) >= shape.perRepeat() * repeats / 2,
                () -> shape + ": found " + shape.found().applyAsInt(bigFacts) + ", expected about "
                        + shape.perRepeat() * repeats + " (the test no longer exercises what it measures)");
        EXTRACTOR.extract(small);
        double ratio = Double.MAX_VALUE;
        String figures = "";
        for (int attempt = 0; attempt < ATTEMPTS && ratio > MAX_RATIO; attempt++) {
            long[] smallNanos = new long[RUNS];
            long[] bigNanos = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                smallNanos[run] = cpuNanos(small);
                bigNanos[run] = cpuNanos(big);
            }
            double s = median(smallNanos);
            double b = median(bigNanos);
            ratio = b / Math.max(s, 1);
            figures += String.format(Locale.ROOT, " [%,d chars %.1f ms, %,d chars %.1f ms: %.1fx]",
                    small.text().length(), s / 1e6, big.text().length(), b / 1e6, ratio);
        }
        double last = ratio;
        String measured = figures;
        System.out.println("LinearTimeTest " + shape + ":" + measured);
        assertTrue(last <= MAX_RATIO, () -> shape + ": " + FACTOR + "x the text cost more than " + MAX_RATIO
                + "x the CPU time:" + measured);
    }

    /** 《关于第N批实施方案的通知》 each followed by a back-reference 《方案》: every title is new. */
    private static String distinctTitles(int n) {
        StringBuilder b = new StringBuilder(HEAD);
        for (int i = 0; b.length() < HEAD.length() + n; i++) b.append("印发《关于第").append(i).append("批实施方案的通知》，落实《方案》。");
        return b.append(TAIL).toString();
    }

    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    private static SourceDocument letter(String text) {
        return new SourceDocument("adversarial.txt", "0".repeat(64), "UTF-8", text);
    }

    private static long cpuNanos(SourceDocument doc) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        EXTRACTOR.extract(doc);
        return THREADS.getCurrentThreadCpuTime() - t0;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
