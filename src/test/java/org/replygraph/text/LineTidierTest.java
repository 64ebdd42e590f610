package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineTidierTest {
    private final LineTidier tidier = new LineTidier();

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("已阅 0 打印 关闭\n湖北省科技厅", true),
                Arguments.of("发布机构: 杭州市科学技术局 生成日期: 2023-08-04", true),
                Arguments.of("", true),
                Arguments.of("  已阅 0  打印   关闭 \n\n\n湖北省科技厅    ", false),
                Arguments.of("湖北省科技厅\n", false),
                Arguments.of("\n湖北省科技厅", false),
                Arguments.of("湖北省 \n科技厅", false),
                Arguments.of("湖北省\n 科技厅", false),
                Arguments.of("湖北省  科技厅", false));
    }

    @ParameterizedTest(name = "[{index}] tidy={1}")
    @MethodSource("texts")
    void tidyTextComesBackAsItIs(String text, boolean tidy) {
        MappedText in = MappedText.identity(text);
        MappedText out = tidier.apply(in);
        assertEquals(tidy, LineTidier.tidy(text));
        if (tidy) assertSame(in, out);
        assertEquals(reference(text), out.text());
    }

    /** Every string of up to 7 chars over space, line feed and two letters: tidy exactly when tidying changes nothing. */
    @Test
    void tidyMeansUnchangedOnEveryShortString() {
        char[] alphabet = {' ', '\n', 'a', '局'};
        List<String> all = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int len = 1; len <= 7; len++) {
            List<String> next = new ArrayList<>();
            for (String s : last) for (char c : alphabet) next.add(s + c);
            all.addAll(next);
            last = next;
        }
        for (String s : all) {
            String expected = reference(s);
            assertEquals(expected.equals(s), LineTidier.tidy(s), () -> "tidy(" + s.replace("\n", "\\n") + ")");
            assertEquals(expected, tidier.apply(MappedText.identity(s)).text(), () -> s.replace("\n", "\\n"));
        }
    }

    /** Lines trimmed, space runs collapsed, empty lines dropped: what the step does, written plainly. */
    private static String reference(String text) {
        return Arrays.stream(text.split("\n", -1)).map(l -> l.strip().replaceAll(" +", " "))
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
