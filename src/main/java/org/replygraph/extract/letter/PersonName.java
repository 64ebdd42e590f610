package org.replygraph.extract.letter;

import java.util.regex.Pattern;
import org.replygraph.lexicon.Example;

/**
 * What a proposer's or signer's name may look like in a letter: 2-5 Han chars (李云军), parts joined by a middle dot
 * (买买提·艾力), or a name the site masked after its surname (姜xx, 王**, 李××), kept as the letter writes it since it is
 * the only name the letter gives; never guessed.
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

    private PersonName() {
    }
}
