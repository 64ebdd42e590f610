package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonRecognizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            建设地点在西安高新区，公司董事长为卢秉恒院士。 # 卢秉恒/院士
            此复函已经夏贵金主任审签。 # 夏贵金/主任
            其中院士2名，研发人员占比80%，由办公室主任负责。 # ''
            由刘悦伦主席领衔督办。刘悦伦主席亲自把关审定办理工作方案。 # 刘悦伦/主席;刘悦伦/主席
            由市政协刘悦伦主席牵头督办 # 刘悦伦/主席
            """)
    void findsNamesRightBeforeARole(String text, String expected) {
        String actual = new PersonRecognizer().find(text).stream().map(p -> p.name() + "/" + p.role())
                .collect(Collectors.joining(";"));
        assertEquals(expected, actual);
    }
}
