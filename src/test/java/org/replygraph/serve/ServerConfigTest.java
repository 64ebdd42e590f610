package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigTest {
    @Test
    void defaultsArePort3030AndTheW3idBase() {
        ServerConfig c = ServerConfig.defaults();
        assertEquals(3030, c.port());
        assertEquals("https://w3id.org/replygraph/id/", c.baseIri());
        assertEquals(32 * 1024, c.outputBufferSize());
    }

    @ParameterizedTest(name = "port {0}")
    @CsvSource({"-1", "65536"})
    void rejectsPortsOutOfRange(int port) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.defaults().withPort(port));
        assertEquals("Illegal port=" + port + " : Port must be 0..65535", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://w3id.org/replygraph/id | Illegal base IRI=https://w3id.org/replygraph/id : Base IRI must end with / or #",
        "ftp://example.org/id/ | Illegal base IRI=ftp://example.org/id/ : Base IRI must be an absolute http(s) IRI",
        "id/ | Illegal base IRI=id/ : Base IRI must be an absolute http(s) IRI",
    })
    void rejectsBadBases(String base, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.defaults().withBaseIri(base));
        assertEquals(message, e.getMessage());
    }
}
