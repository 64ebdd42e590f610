package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleScannerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            先后印发了《A的决定》《B计划》，为加快建设提供了保障。 # A的决定;B计划
            出台《湖北省加快生物医药产业高质量发展的实施意见》《湖北省医疗装备产业高质量发展实施 # 湖北省加快生物医药产业高质量发展的实施意见
            印发《关于印发〈十四五规划〉的通知》 # 关于印发〈十四五规划〉的通知
            您提出的“关于加快建设莲河西路南延工程的提案”的建议收悉 # ''
            关于印发“加快中试基地建设推进产业链创新链深度融合实施方案”的通知 # 加快中试基地建设推进产业链创新链深度融合实施方案
            〈管理办法〉提出 # 管理办法
            """)
    void findsClosedTitlesOnTheirLine(String text, String expected) {
        String actual = new TitleScanner().scan(text).stream().map(QuotedTitle::raw).collect(Collectors.joining(";"));
        assertEquals(expected, actual);
    }
}
