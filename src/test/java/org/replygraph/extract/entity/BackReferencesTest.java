package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.replygraph.extract.PolicyMention;
import org.replygraph.extract.Span;

/** {@link BackReferences} answers what scanning every earlier policy from the latest answers. */
class BackReferencesTest {
    @Test
    void aBareGenreRefersToTheLatestTitleContainingIt() {
        BackReferences refs = new BackReferences();
        PolicyMention older = policy("湖北省技术创新中心管理暂行办法", 0);
        PolicyMention newer = policy("关于进一步深化制造业重点产业链链长制实施方案", 40);
        refs.add(older);
        refs.add(newer);
        assertSame(older, refs.latestContaining("管理暂行办法"));
        assertSame(newer, refs.latestContaining("实施方案"));
        assertSame(newer, refs.latestContaining("方案(试行)"));
        assertNull(refs.latestContaining("通知"));
        // A title never refers back to itself.
        assertNull(refs.latestContaining(TitleKey.of("关于进一步深化制造业重点产业链链长制实施方案")));
    }

    @Test
    void answersAsTheScanOverEveryEarlierPolicyDoes() {
        Random random = new Random(11);
        String[] words = {"管理", "办法", "方案", "实施", "关于", "通知", "(试行)", "暂行", "若干措施", "工作", "意见", "（2021-2025年）"};
        for (int round = 0; round < 300; round++) {
            BackReferences refs = new BackReferences();
            List<PolicyMention> earlier = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                StringBuilder title = new StringBuilder();
                for (int w = 1 + random.nextInt(random.nextInt(8) == 0 ? 12 : 4); w > 0; w--)
                    title.append(words[random.nextInt(words.length)]);
                String key = TitleKey.of(title.toString());
                assertSame(scan(earlier, key), refs.latestContaining(key), () -> earlier + " asked for " + key);
                PolicyMention p = policy(title.toString(), i * 50);
                earlier.add(p);
                refs.add(p);
            }
        }
    }

    /** The pass this index replaced: the latest earlier policy whose key contains this key's core. */
    private static PolicyMention scan(List<PolicyMention> earlier, String key) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String full = TitleKey.of(earlier.get(i).title());
            if (!full.equals(key) && full.contains(PolicyGenre.core(key))) return earlier.get(i);
        }
        return null;
    }

    private static PolicyMention policy(String title, int at) {
        return new PolicyMention(title, new Span(at, at + title.length()), null, List.of(), null);
    }

    @Test
    void aLongCoreIsAnsweredByTheResumedScan() {
        BackReferences refs = new BackReferences();
        String longTitle = "关于加快推进制造业创新中心建设的实施意见";
        refs.add(policy(longTitle, 0));
        String query = TitleKey.of("制造业创新中心建设的实施意见");
        assertEquals(longTitle, refs.latestContaining(query).title());
        refs.add(policy("省" + longTitle, 30));
        assertEquals("省" + longTitle, refs.latestContaining(query).title());
    }
}
