package org.replygraph.lexicon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A real example a rule (a {@code Pattern} constant, or a {@code Pattern[]} tried in order) must read,
 * written beside the rule and run by {@code RuleExamplesTest}: the first match in {@code text} must
 * capture {@code read} in {@link #group()} (by default group 1, or the whole match when the pattern has no group). A negative example
 * has {@code read = NOTHING}: the rule must not match at all.
 *
 * <pre>{@code
 * @Example(text = "类  别:B", read = "B")
 * @Example(text = "A级企业", read = Example.NOTHING)
 * private static final Pattern LABELLED = Pattern.compile(…);
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Repeatable(Example.List.class)
public @interface Example {
    /** {@link #read()} of a negative example: the rule must find nothing in the text. */
    String NOTHING = "\u0000none";

    /** The text the rule reads; \n stands for a line break. */
    String text();

    /** What the rule captures, or {@link #NOTHING}. */
    String read();

    /** The group that captures it; -1: group 1, or 0 when the pattern has no group. */
    int group() default -1;

    /** The examples of one rule. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface List {
        Example[] value();
    }
}
