package org.replygraph.synth;

import java.util.Objects;

/**
 * A place whose bodies answer letters, as the generator writes it: {@code 陕西省} (level 省, bodies named
 * 厅, 文号 prefix 陕), {@code 杭州市} (市, 局, 杭), {@code 杭州市萧山区} written 杭州市萧山区 in a sign-off and
 * 区 in a session (区十七届人大三次会议).
 *
 * @param place      the full place (simplified), as an assembly's place: 杭州市萧山区, 城口县
 * @param signName   the place as a sign-off writes it before a body's name
 * @param level      how the place refers to itself and its assemblies: 省, 自治区, 市, 区, 县
 * @param province   the provincial-level division it lies in
 * @param docPrefix  what a 文号 starts with: 陕, 杭, 萧
 * @param provincial whether its bodies are 厅 (a province or autonomous region) rather than 局
 */
record Jurisdiction(String place, String signName, String level, String province, String docPrefix, boolean provincial) {
    Jurisdiction {
        Objects.requireNonNull(place, "place");
        if (place.isBlank() || signName.isBlank() || level.isBlank() || docPrefix.isBlank())
            throw new IllegalArgumentException("Illegal jurisdiction place='" + place + "' : every name must be given");
    }
}
