package org.replygraph.extract.entity;

import org.replygraph.ingest.DocumentTimeLimit;

/**
 * The recognisers that look for a word ending at each position (a centre's kind, an organisation's suffix) skip to the
 * next position where one of those words can end: its last char is there. Their loops then run a few dozen times per
 * letter, not once per char, and stay small enough to interpret and compile cheaply.
 *
 * <pre>{@code
 * EndScan.next("省科技厅和市实验室", 2, "室");   // 9: the end just past 室
 * }</pre>
 */
final class EndScan {
    private EndScan() {
    }

    /**
     * The first end from {@code end} (an exclusive end, at least 1) whose char before it is one of {@code lastChars},
     * or {@code text.length() + 1} when there is none.
     */
    static int next(String text, int end, String lastChars) {
        for (int n = text.length(); end <= n; end++) {
            DocumentTimeLimit.tick(end);
            if (lastChars.indexOf(text.charAt(end - 1)) >= 0) return end;
        }
        return end;
    }
}
