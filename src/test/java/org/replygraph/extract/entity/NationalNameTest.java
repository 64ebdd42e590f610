package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalNameTest {
    /** text, where the known short body starts, where the longer national name starts (= the body's start: none). */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            发布机关:国家新闻出版广电总局 # 11 # 5
            中国银保监会广东监管局 # 3 # 0
            国家和省广电总局 # 4 # 4
            发挥国家发展改革委和财政部的作用 # 11 # 11
            中国、国家能源局 # 5 # 5
            按照保监会要求 # 2 # 2
            """)
    void findsTheLongerNameAShortBodyEnds(String text, int bodyStart, int start) {
        assertEquals(start, NationalName.start(text, bodyStart));
    }
}
