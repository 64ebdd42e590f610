package org.replygraph.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Proposals one after another, each from its own random stream (seed, index), so the same seed gives
 * the same proposals. Numbers are unique within a session (one counter per session: memory bounded by
 * the number of sessions, not of letters); about one proposal in sixteen is the previous one put
 * forward again at a later session with the same title and proposers.
 */
final class ProposalFactory {
    private static final String[] TITLE_FORMS = {
        "关于加快%s产业高质量发展的%s", "关于支持%s建设%s创新平台的%s", "关于推动%s企业技术创新的%s",
        "关于加大%s人才引进培养力度的%s", "关于完善%s科技成果转化机制的%s", "关于在%s布局%s中试基地的%s",
        "关于培育壮大%s产业集群的%s", "关于优化%s产业营商环境的%s", "关于加强%s关键核心技术攻关的%s",
        "关于设立%s%s产业发展基金的%s", "关于促进%s产学研深度融合的%s", "关于打造%s%s创新高地的%s",
    };

    private final SynthData data;
    private final long seed;
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private SyntheticProposal previous;

    ProposalFactory(SynthData data, long seed) {
        this.data = data;
        this.seed = seed;
    }

    /** The next proposal; call with ids 0, 1, 2, … in order. */
    SyntheticProposal next(long id) {
        SplittableRandom r = new SplittableRandom(mix(seed, id));
        SyntheticProposal p = previous != null && r.nextInt(16) == 0 ? again(previous, id, r) : fresh(id, r);
        previous = p;
        return p;
    }

    private SyntheticProposal fresh(long id, SplittableRandom r) {
        int which = r.nextInt(100);
        List<Jurisdiction> level = which < 25 ? data.provinces : which < 82 ? data.cities : data.counties;
        Jurisdiction place = level.get(r.nextInt(level.size()));
        boolean cppcc = r.nextBoolean();
        // Terms are five years; the place's current term is fixed by its name, so its sessions and years agree.
        int base = place.level().equals("省") || place.level().equals("自治区") ? (cppcc ? 12 : 13)
                : 9 + Math.floorMod(place.place().hashCode() + (cppcc ? 1 : 0), 8);
        int term = base + r.nextInt(2);
        int meeting = 1 + r.nextInt(term == base ? 5 : 3);
        int year = 2018 + 5 * (term - base) + meeting - 1;
        String topic = SynthData.TOPICS[r.nextInt(SynthData.TOPICS.length)];
        String title = title(r, place, topic, cppcc);
        List<String> proposers = new ArrayList<>();
        int n = r.nextInt(10) < 7 ? 1 : 2 + r.nextInt(2);
        while (proposers.size() < n) {
            String name = name(r);
            if (!proposers.contains(name)) proposers.add(name);
        }
        return withSession(id, place, cppcc, term, meeting, year, title, topic, proposers, r);
    }

    /** The previous proposal put forward again at the next meeting (or the next term's first). */
    private SyntheticProposal again(SyntheticProposal p, long id, SplittableRandom r) {
        int term = p.meeting() < 5 ? p.term() : p.term() + 1;
        int meeting = p.meeting() < 5 ? p.meeting() + 1 : 1;
        return withSession(id, p.place(), p.cppcc(), term, meeting, p.year() + 1, p.title(), p.topic(), p.proposers(), r);
    }

    private SyntheticProposal withSession(long id, Jurisdiction place, boolean cppcc, int term, int meeting, int year,
            String title, String topic, List<String> proposers, SplittableRandom r) {
        String session = place.place() + (cppcc ? "/C/" : "/N/") + term + "/" + meeting;
        int value = lastNumber.merge(session, 1 + r.nextInt(40), (old, step) -> old + 1 + r.nextInt(9));
        String number = switch (r.nextInt(6)) {
            case 0 -> String.format("%04d", value);
            case 1 -> String.valueOf(year * 10000 + value);
            default -> String.valueOf(value);
        };
        Body lead = lead(r);
        List<Body> co = new ArrayList<>();
        if (r.nextInt(100) < 40) {
            int n = 1 + r.nextInt(3);
            while (co.size() < n) {
                Body b = data.bodies.get(r.nextInt(data.bodies.size()));
                if (b != lead && !co.contains(b)) co.add(b);
            }
        }
        return new SyntheticProposal(id, place, cppcc, term, meeting, year, number, title, topic, proposers, lead, co);
    }

    private Body lead(SplittableRandom r) {
        int k = r.nextInt(100);
        return data.bodies.get(k < 45 ? 0 : k < 75 ? 1 : k < 88 ? 2 : 3 + r.nextInt(data.bodies.size() - 3));
    }

    private String title(SplittableRandom r, Jurisdiction place, String topic, boolean cppcc) {
        String form = TITLE_FORMS[r.nextInt(TITLE_FORMS.length)];
        String motion = cppcc && r.nextInt(3) > 0 ? "提案" : "建议";
        String where = r.nextBoolean() ? "我" + place.level() : place.place();
        long slots = form.chars().filter(c -> c == '%').count();
        return slots == 2 ? String.format(form, topic, motion) : String.format(form, where, topic, motion);
    }

    static String name(SplittableRandom r) {
        StringBuilder b = new StringBuilder(3).append(SynthData.SURNAMES.charAt(r.nextInt(SynthData.SURNAMES.length())));
        int given = r.nextInt(10) < 7 ? 2 : 1;
        for (int i = 0; i < given; i++) b.append(SynthData.GIVEN.charAt(r.nextInt(SynthData.GIVEN.length())));
        return b.toString();
    }

    /** One 64-bit stream per (seed, index): SplitMix64's finaliser over both. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
