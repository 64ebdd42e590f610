package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityIrisTest {
    private final EntityIris iris = new EntityIris(SampleData.BASE);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "agency/陕西省工业和信息化厅 | agency/%E9%99%95%E8%A5%BF%E7%9C%81%E5%B7%A5%E4%B8%9A%E5%92%8C%E4%BF%A1%E6%81%AF%E5%8C%96%E5%8E%85",
        "centre/guo-jia-zeng-cai-zhi-zao-chuang-xin-zhong-xin-14cdd7e1c0 | centre/guo-jia-zeng-cai-zhi-zao-chuang-xin-zhong-xin-14cdd7e1c0",
        "agency/%E9%99%95 | agency/%E9%99%95",
        "doc/a b?c#d | doc/a%20b%3Fc%23d",
    })
    void pathsAreAsciiAndKeepExistingEscapes(String local, String path) {
        assertEquals(EntityIris.PATH_PREFIX + path, iris.path(NodeFactory.createURI(SampleData.BASE + local)).orElseThrow());
    }

    @Test
    void encodedPathNamesTheCharacterIriFirstThenTheEncodedOne() {
        assertEquals(List.of(NodeFactory.createURI(SampleData.BASE + "agency/陕西"),
                        NodeFactory.createURI(SampleData.BASE + "agency/%E9%99%95%E8%A5%BF")),
                iris.candidates("agency/%E9%99%95%E8%A5%BF"));
        assertEquals(List.of(NodeFactory.createURI(SampleData.BASE + "a+b")), iris.candidates("a+b"));
    }

    @Test
    void outsideIrisLinkToThemselves() {
        assertEquals("http://purl.org/dc/terms/title", iris.href(NodeFactory.createURI("http://purl.org/dc/terms/title")));
        assertTrue(iris.path(NodeFactory.createURI(SampleData.BASE)).isEmpty());
    }
}
