package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** X-Forwarded-Proto may only upgrade the configured public URL's scheme; nothing in a request names the host. */
class PublicUrlTest {
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
        "http://data.example.org | NULL | http://data.example.org",
        "http://data.example.org | https | https://data.example.org",
        "http://data.example.org | HTTPS | https://data.example.org",
        "http://data.example.org | https, http | https://data.example.org",
        "http://data.example.org | http, https | http://data.example.org",
        "http://data.example.org | gopher | http://data.example.org",
        "http://data.example.org:8080/lod | https | https://data.example.org:8080/lod",
        "https://data.example.org | http | https://data.example.org",
    })
    void onlyTheSchemeIsUpgraded(String configured, String forwarded, String advertised) {
        assertEquals(advertised, new PublicUrl(() -> configured).of(request(forwarded)));
    }

    /** A request whose only header is X-Forwarded-Proto (and whose Host names an attacker). */
    private static HttpServletRequest request(String forwardedProto) {
        return (HttpServletRequest) Proxy.newProxyInstance(PublicUrlTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        String name = ((String) args[0]).toLowerCase();
                        return name.equals("x-forwarded-proto") ? forwardedProto : name.equals("host") ? "evil.example" : null;
                    }
                    if (method.getName().equals("getServerName")) return "evil.example";
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
