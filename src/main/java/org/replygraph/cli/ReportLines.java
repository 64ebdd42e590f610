package org.replygraph.cli;

import java.io.PrintWriter;
import org.replygraph.extract.Extractor;
import org.replygraph.graph.BuildReport;

/**
 * How a build report reads on the console, one line per document and a total:
 * <pre>
 * 000_1a2b3c4d5e6f7a8b.txt  reply_letter  proposal 604  陕西省工业和信息化厅  2021-05-07
 * 5 documents (4 reply letters, 1 other), 0 failed, 812 quads
 * </pre>
 */
final class ReportLines {
    private ReportLines() { }

    static String document(BuildReport.DocumentEntry d) {
        return d.file() + "  " + d.type()
                + "  " + or(d.proposal())
                + "  " + or(d.agency())
                + "  " + or(d.date())
                + (d.diagnostics().isEmpty() ? "" : "  (" + d.diagnostics().size() + " diagnostics)");
    }

    /**
     * Warns about each document whose body was not found, naming its file, e.g.
     * {@code warning: page.txt: no salutation or reply heading found: the whole page (less its chrome) is read as the letter}.
     */
    static void warnings(BuildReport r, PrintWriter err) {
        for (BuildReport.DocumentEntry d : r.documents())
            if (d.diagnostics().contains(Extractor.BODY_NOT_FOUND))
                err.println("warning: " + d.file() + ": " + Extractor.BODY_NOT_FOUND);
        err.flush();
    }

    static String total(BuildReport r) {
        long replies = r.replyLetters();
        long others = r.documentsRead() - replies;
        return r.documentsRead() + (r.documentsRead() == 1 ? " document" : " documents")
                + " (" + replies + " reply letters, " + others + " other), "
                + r.failures().size() + " failed, " + r.quads() + " quads";
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }
}
