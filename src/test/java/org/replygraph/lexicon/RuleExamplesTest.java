package org.replygraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every {@link Example} written beside a rule in extract: each rule reads its own real examples. */
class RuleExamplesTest {
    record Rule(String name, Pattern[] patterns) { }

    static List<Arguments> examples() throws ReflectiveOperationException {
        List<Arguments> out = new ArrayList<>();
        for (JavaClass jc : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.replygraph.extract")) {
            Class<?> c = Class.forName(jc.getName());
            for (Field f : c.getDeclaredFields()) {
                Example[] examples = f.getAnnotationsByType(Example.class);
                if (examples.length == 0) continue;
                if (!Modifier.isStatic(f.getModifiers()))
                    throw new IllegalStateException("Illegal @Example on " + c.getSimpleName() + "." + f.getName() + " : must be a static rule");
                f.setAccessible(true);
                Object v = f.get(null);
                Pattern[] patterns = v instanceof Pattern p ? new Pattern[] {p} : (Pattern[]) v;
                Rule rule = new Rule(c.getSimpleName() + "." + f.getName(), patterns);
                for (Example e : examples) out.add(Arguments.of(rule.name(), e.text(), e.read(), e.group(), rule));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} (group {3})")
    @MethodSource("examples")
    void eachRuleReadsItsExample(String name, String text, String read, int group, Rule rule) {
        String t = text.replace("\\n", "\n");
        for (Pattern p : rule.patterns()) {
            Matcher m = p.matcher(t);
            if (!m.find()) continue;
            assertFalse(read.equals(Example.NOTHING), () -> name + " must find nothing in " + text + " but found " + m.group());
            String got = m.group(group >= 0 ? group : m.groupCount() == 0 ? 0 : 1);
            assertEquals(read, got, name + " on " + text);
            return;
        }
        assertEquals(Example.NOTHING, read, name + " found nothing in " + text);
    }

    @Test
    void theLetterFieldParsersCarryExamples() throws ReflectiveOperationException {
        TreeSet<String> classes = new TreeSet<>();
        for (Arguments a : examples()) classes.add(((String) a.get()[0]).replaceAll("\\..*", ""));
        for (String c : List.of("CategoryParser", "ChineseDateParser", "CoHandlerParser", "ContactParser", "DocNumberParser",
                "IssuerFinder", "LetterLayout", "ProposalNumberParser", "ProposalReader", "ProposerParser", "SalutationParser",
                "SessionParser", "SignOffParser", "SignerParser", "TitleParser"))
            assertTrue(classes.contains(c), c + " has no @Example: " + classes);
    }
}
