package org.replygraph.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One reply letter to a proposal from one of its bodies, in one of five layouts seen in published
 * letters: an official header (答复函, 类别, 签发人, 文号), a web page's metadata lines, a metadata table,
 * bracketed labels, or the salutation alone. Salutations, acknowledgements, sessions, co-handler
 * sentences, contacts and dates each come in several written forms.
 */
final class LetterComposer {
    private static final String[] CLOSINGS = {
        "感谢您对$W$T工作的关心和支持,欢迎继续对我们的工作提出宝贵意见。",
        "再次感谢您对我们工作的关心和支持!",
        "非常感谢您对$W经济社会发展的关注,希望继续对我们的工作提出建议、批评和意见。",
    };

    private final BodyComposer bodies = new BodyComposer();

    /** The letter {@code issuer} writes for {@code p}; {@code lead} whether it is the lead body. */
    Draft compose(SplittableRandom r, SyntheticProposal p, Body issuer, boolean lead) {
        Jurisdiction j = p.place();
        String agency = p.agencyName(issuer);
        LocalDate date = LocalDate.of(p.year(), 4 + r.nextInt(7), 1 + r.nextInt(28));
        LocalDate published = date.plusDays(r.nextInt(20));
        String session = session(r, p);
        boolean numbered = r.nextInt(100) >= 6;
        String docNumber = r.nextInt(100) < 55 ? j.docPrefix() + issuer.docCode() + (r.nextInt(4) == 0 ? "提" : "函") + "〔"
                + p.year() + "〕" + (1 + r.nextInt(400)) + "号" : null;
        String category = r.nextInt(100) < 35 ? String.valueOf("ABC".charAt(r.nextInt(3))) : null;
        String signer = r.nextInt(100) < 40 ? ProposalFactory.name(r) : null;
        List<String> coNames = new ArrayList<>();
        String coSentence = lead && !p.coHandlers().isEmpty() && r.nextInt(100) < 85 ? coSentence(r, p, issuer, coNames) : "";

        int layout = r.nextInt(5);
        // Only an official header carries the signer; a layout without a heading writes the session in the acknowledgement.
        if (layout != 0) signer = null;
        // A letter of the bare layout has no header at all: no 文号 either.
        if (layout == 3) docNumber = null;
        // About one letter in twenty names no session anywhere (its number alone, or nothing).
        boolean sessionless = r.nextInt(100) < 5;
        boolean numberInHeading = layout != 3 && numbered && !sessionless;
        String heading = numberInHeading ? heading(r, p, session, agency, lead) : null;
        String ackSession = sessionless ? null : heading == null || r.nextInt(4) == 0 ? session : null;
        boolean sessionWritten = heading != null || ackSession != null;

        StringBuilder t = new StringBuilder(6144);
        String index = (100000000 + r.nextInt(900000000)) + "/" + published.getYear() + "-" + (10000 + r.nextInt(90000));
        switch (layout) {
            case 0 -> {
                if (heading != null) line(t, heading);
                if (category != null) line(t, r.nextBoolean() ? "类别:" + category : category + "类");
                if (signer != null) line(t, "签发人:" + signer);
                if (docNumber != null) line(t, docNumber);
            }
            case 1 -> {
                line(t, "索引号: " + index + " 文件编号: " + (docNumber == null ? "" : docNumber));
                line(t, "发布机构: " + agency + " 生成日期: " + published);
                line(t, "");
                line(t, heading != null ? agency + heading.replaceFirst("^(关于对|关于|对)", "关于") : agency + "关于" + p.motion() + "办理情况的答复");
                line(t, "");
                line(t, "发布日期:" + published + " 10:" + (10 + r.nextInt(50)) + " 访问次数: 信息来源:" + j.level() + issuer.shortName(j.provincial()));
                line(t, "");
                category = null;
            }
            case 2 -> {
                if (heading != null) line(t, heading);
                line(t, "| 索 引 号 | " + index + " | 发文日期 | " + published + " |");
                line(t, "|---|---|---|---|");
                line(t, "| 发布机构 | " + agency + " | ||");
                line(t, "| 文 号 | " + (docNumber == null ? "" : docNumber) + " | 有 效 性 | 有效 |");
                category = null;
            }
            case 4 -> {
                line(t, "[ 索引号 ] " + index + " [ 发文字号 ] " + (docNumber == null ? "" : docNumber));
                line(t, "[ 发布机构 ] " + j.level() + issuer.shortName(j.provincial()));
                line(t, "[ 成文日期 ] " + date + " [ 发布日期 ] " + published);
                line(t, "");
                if (heading != null) line(t, agency + " " + heading.replaceFirst("^(关于对|关于|对)", "关于"));
                category = null;
            }
            default -> category = null;
        }
        List<String> proposers = new ArrayList<>(p.proposers());
        t.append(salutation(r, p, proposers));
        String number = numbered && !numberInHeading ? "(第" + p.number() + "号)" : numbered && r.nextBoolean() ? "(第" + p.number() + "号)" : "";
        t.append(ack(r, p, ackSession, number, coSentence, proposers.size())).append('\n');

        String body = bodies.compose(r, p, issuer);
        boolean damaged = r.nextInt(100) < 10;
        if (damaged) body = Damage.inBody(r, body);
        t.append(body);
        t.append(fill(CLOSINGS[r.nextInt(CLOSINGS.length)], p)).append('\n');

        String contact = r.nextInt(100) < 60 ? ProposalFactory.name(r) : null;
        String phone = contact == null ? null : phone(r);
        int contactForm = r.nextInt(3);
        if (contact != null && contactForm == 0) line(t, "联系人:" + contact + ",联系电话:" + phone);
        line(t, "");
        String indent = r.nextBoolean() ? "" : " ".repeat(20 + r.nextInt(30));
        line(t, indent + agency);
        line(t, indent + date(r, date));
        if (contact != null && contactForm == 1) line(t, "(联系人及电话:" + contact + " " + phone + ")");
        if (contact != null && contactForm == 2) {
            line(t, "联 系 人:" + contact);
            line(t, "联系电话:" + phone);
        }
        String text = t.toString();
        if (damaged) text = Damage.chrome(r, text);
        boolean traditional = r.nextInt(100) < 7;
        LetterTruth truth = new LetterTruth(p.cppcc(), numbered ? p.number() : null, p.title(), proposers, p.role(),
                sessionWritten ? j.place() : null, sessionWritten ? p.term() : 0, sessionWritten ? p.meeting() : 0,
                agency, coNames, signer, docNumber, date, contact, phone, category, traditional, damaged);
        return new Draft(text, truth, traditional);
    }

    /** A letter's text before any traditional-character conversion, and what it states. */
    record Draft(String text, LetterTruth truth, boolean traditional) { }

    private static String session(SplittableRandom r, SyntheticProposal p) {
        Jurisdiction j = p.place();
        String l = j.level();
        String term = ChineseNumerals.count(p.term());
        String meeting = ChineseNumerals.count(p.meeting());
        if (p.cppcc()) {
            return switch (r.nextInt(4)) {
                case 0 -> l + "政协" + term + "届" + meeting + "次会议";
                case 1 -> l + term + "届政协" + meeting + "次会议";
                case 2 -> "政协" + j.place() + "第" + term + "届委员会第" + meeting + "次会议";
                default -> j.place() + "政协" + term + "届" + meeting + "次会议";
            };
        }
        return switch (r.nextInt(4)) {
            case 0 -> l + term + "届人大" + meeting + "次会议";
            case 1 -> j.place() + "第" + term + "届人大第" + meeting + "次会议";
            case 2 -> j.place() + "第" + term + "届人民代表大会第" + meeting + "次会议";
            default -> j.place() + term + "届人大" + meeting + "次会议";
        };
    }

    private static String heading(SplittableRandom r, SyntheticProposal p, String session, String agency, boolean lead) {
        String what = session + "第" + p.number() + "号" + p.motion();
        if (!lead && r.nextInt(3) == 0) return "关于" + what + "的会办意见";
        return switch (r.nextInt(4)) {
            case 0 -> "对" + what + "的答复函";
            case 1 -> "关于" + what + "的答复";
            case 2 -> "关于对" + what + "的答复";
            default -> "关于" + what + "办理情况的答复函";
        };
    }

    private static String salutation(SplittableRandom r, SyntheticProposal p, List<String> proposers) {
        String names = String.join("、", proposers);
        String role = p.role();
        switch (r.nextInt(6)) {
            case 0: return "尊敬的" + names + role + ":\n";
            case 1: return names + role + ":\n您好!\n";
            case 2: return names + role + ",您好!\n";
            case 3:
                if (proposers.size() > 1) {
                    String first = proposers.get(0);
                    int n = proposers.size() + r.nextInt(6);
                    proposers.clear();
                    proposers.add(first);
                    return first + "等" + n + "名" + role + ":\n";
                }
                return names + role + ":\n";
            default: return names + role + ":\n";
        }
    }

    private static String ack(SplittableRandom r, SyntheticProposal p, String session, String number, String co, int people) {
        String title = "《" + p.title() + "》";
        String you = people > 1 && r.nextBoolean() ? "你们" : "您";
        if (session != null) return you + "在" + session + "上提出的" + title + number + "收悉。" + co + "现答复如下:";
        return switch (r.nextInt(3)) {
            case 0 -> you + "提出的" + title + number + "收悉。" + co + "现答复如下:";
            case 1 -> you + "提出的" + title + number + p.motion() + "收悉," + co + "现将有关情况答复如下:";
            default -> you + "提出的" + title + number + "已交我们研究办理," + co + "现答复如下:";
        };
    }

    private static String coSentence(SplittableRandom r, SyntheticProposal p, Body issuer, List<String> names) {
        Jurisdiction j = p.place();
        List<String> written = new ArrayList<>();
        for (Body b : p.coHandlers()) {
            written.add(r.nextInt(3) == 0 ? p.agencyName(b) : j.level() + b.shortName(j.provincial()));
            names.add(p.agencyName(b));
        }
        String list = String.join("、", written);
        String self = "我" + unit(issuer.name(j.provincial()));
        return switch (r.nextInt(3)) {
            case 0 -> "经" + self + "主办," + list + "协办,";
            case 1 -> "经" + self + "与" + list + "共同研究,";
            default -> self + "会同" + list + "认真研究,";
        };
    }

    /** 我厅, 我局, 我委: the last char of the body's name (委员会 is 委). */
    private static String unit(String body) {
        return body.endsWith("委员会") ? "委" : body.substring(body.length() - 1);
    }

    private static String date(SplittableRandom r, LocalDate d) {
        return switch (r.nextInt(4)) {
            case 0 -> ChineseNumerals.year(d.getYear()) + "年" + ChineseNumerals.count(d.getMonthValue()) + "月"
                    + ChineseNumerals.count(d.getDayOfMonth()) + "日";
            case 1 -> String.format("%d年%02d月%02d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            default -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        };
    }

    private static String phone(SplittableRandom r) {
        String[] areas = {"029", "0571", "0871", "023", "0531", "027", "0731", "020", "028", "0371", "025", "0591"};
        return areas[r.nextInt(areas.length)] + "-" + (60000000 + r.nextInt(30000000));
    }

    private static String fill(String template, SyntheticProposal p) {
        return template.replace("$W", "我" + p.place().level()).replace("$T", p.topic());
    }

    private static void line(StringBuilder t, String s) {
        t.append(s).append('\n');
    }
}
