package org.replygraph.synth;

/**
 * A kind of government body, e.g. science and technology: {@code 科学技术厅} in a province,
 * {@code 科学技术局} below; a short form of each (科技厅, 科技局) and the code its 文号 uses (科).
 */
record Body(String provincialName, String localName, String provincialShort, String localShort, String docCode) {
    String name(boolean provincial) {
        return provincial ? provincialName : localName;
    }

    String shortName(boolean provincial) {
        return provincial ? provincialShort : localShort;
    }
}
