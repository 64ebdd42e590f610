package org.replygraph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Where and how much Jetty listens, set once Fuseki has built its server: the interface
 * ({@code localhost} unless {@code serve --host} says otherwise), the largest request line plus
 * headers (past it Jetty answers 414 or 431 before any handler runs), and the largest form and its
 * number of fields (Fuseki ships 10 MB).
 */
final class ConnectorModule implements FusekiModule {
    private final String host;
    private final Limits limits;

    ConnectorModule(String host, Limits limits) {
        this.host = host;
        this.limits = limits;
    }

    @Override
    public String name() {
        return "ReplyGraph connector " + host;
    }

    @Override
    public void server(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(host);
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(limits.maxHeaderBytes());
                http.getHttpConfiguration().setSendServerVersion(false);
                http.getHttpConfiguration().setSendXPoweredBy(false);
            }
        }
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize(limits.maxBodyBytes());
            context.setMaxFormKeys(limits.maxFormFields());
        }
    }
}
