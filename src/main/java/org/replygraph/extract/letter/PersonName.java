package org.replygraph.extract.letter;

import java.util.regex.Pattern;
import org.replygraph.lexicon.Example;

/**
 * What a proposer's or signer's name may look like in a letter: 2-5 Han chars (李云军), parts joined by a middle dot
 * (买买提·艾力), or a name the site masked after its surname (姜xx, 王**, 李××). A masked name still marks a salutation
 * ("许**委员:" greets a member), but it names no one: it is never a proposer ({@link #isMasked}), since every 许** of an
 * assembly would be one member, and the gold lists none (gold-format: "the named people").
 *
 * <pre>{@code
 * PersonName.PATTERN.matcher("姜xx").matches();   // true
 * PersonName.PATTERN.matcher("各位").matches();   // true: the callers' stop words rule such words out
 * }</pre>
 */
final class PersonName {
    @Example(text = "李云军", read = "李云军")
    @Example(text = "姜xx", read = "姜xx")
    @Example(text = "王**", read = "王**")
    @Example(text = "阿不都·热合曼", read = "阿不都·热合曼")
    @Example(text = "x", read = Example.NOTHING)
    static final Pattern PATTERN = Pattern.compile(
            "\\p{IsHan}{1,8}(?:·\\p{IsHan}{1,8}){1,3}|\\p{IsHan}{1,2}(?:[xX×*＊]{1,3}|○{1,2})|\\p{IsHan}{2,5}");

    /** A name the site masked: a surname and x, *, × or ○ for the rest. */
    @Example(text = "许**", read = "许**")
    @Example(text = "姜xx", read = "姜xx")
    @Example(text = "李××", read = "李××")
    @Example(text = "许晓东", read = Example.NOTHING)
    static final Pattern MASKED = Pattern.compile("\\p{IsHan}{1,2}(?:[xX×*＊]{1,3}|○{1,2})");

    /** Whether the name is one a site masked (姜xx), i.e. no name. */
    static boolean isMasked(String name) {
        return MASKED.matcher(name).matches();
    }

    private PersonName() {
    }
}
