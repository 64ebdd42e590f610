package org.replygraph.extract.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.fact.PersonRef;

class SalutationParserTest {
    private final SalutationParser parser = new SalutationParser();

    private Salutation find(String text) {
        return parser.find(text, 0, text.length()).orElseThrow(() -> new AssertionError("no salutation in " + text));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
            "陕工信函〔2021〕154号\\n蒲小川、袁小宁委员:\\n您提出的#蒲小川,袁小宁#委员",
            "张锋委员:\\n您提出的#张锋#委员",
            "尊敬的周爱国委员:\\n您的#周爱国#委员",
            "李红等8名代表:\\n你们提出的#李红#代表",
            "  赵万里代表:\\n您在#赵万里#代表",
            "温政敏代表:\\n您好!#温政敏#代表",
            "李建岭、弯建军委员:\\n\\n您提出的#李建岭,弯建军#委员",
            "韦国强同志:\\n您在市六届人大四次会议上提出的#韦国强#",
            "尊敬的覃丽、梁志明同志:\\n你们提出的#覃丽,梁志明#",
            "石国平委员、熊丽华委员:\\n你们分别提出的#石国平,熊丽华#委员",
            "韦振东同志、蒙秀丽同志:\\n你们提出的#韦振东,蒙秀丽#",
            "尊敬的黄伟忠先生:\\n您提出的#黄伟忠#",
            "尊敬的市人大代表叶志华:\\n您提出的#叶志华#代表",
            "黄晓东代表,您好!\\n您提出的#黄晓东#代表",
            "致吴国强代表:\\n您在市十八届人大四次会议期间提出的#吴国强#代表",
            "尊敬的周立新教授:\\n您提出的#周立新#",
            "尊敬的王海燕、李志刚、\\n赵国庆代表:\\n你们提出的#王海燕,李志刚,赵国庆#代表",
            "吴建平委员(第一提案人):\\n您领衔提出的#吴建平#委员",
            "市政协委员张晓明、李红:\\n你们提出的#张晓明,李红#委员",
            "陈丽娟女士:\\n您提出的#陈丽娟#",
            "买买提·艾力代表:\\n您提出的#买买提·艾力#代表",
            "阿不都·热合曼、李建军委员:\\n你们提出的#阿不都·热合曼,李建军#委员",
            "尊敬的单海波代表\\n您提出的《关于加快盐城海上风电产业发展的建议》收悉#单海波#代表",
            // real pages (issue 9 §2): no colon, a typeset gap, the assembly's level before the role, 尊敬 without 的
            "王立超 委员\\n您提出的关于加强泥河镇中心小学交通疏导的提案收悉#王立超#委员",
            "单海波代表\\n您提出的建议收悉#单海波#代表",
            "尊敬的王亚春区人大代表:\\n您提出的#王亚春#代表",
            "尊敬袁大金代表:\\n您提出的#袁大金#代表",
            "张晓明县政协委员:\\n您提出的#张晓明#委员",
            // real page (batch 12): no colon, and the line break cuts the sentence the salutation began
            "尊敬的曾建华代表\\n\\n提出的《关于支持质检中心建设的建议》收悉,我局作为主办单位#曾建华#代表",
            // a name typeset with a space between its chars; a list without colon before a body opening with 《; long lists
            "杨 强代表:\\n你在县第十七届人民代表大会期间提出#杨强#代表",
            "张 晓 东委员:\\n您提出的#张晓东#委员",
            "李明、王芳委员\\n《关于更新补充农村中小学适用图书的建议》收悉#李明,王芳#委员",
            "黄一、邵二、张三、李四、张五、李六、伏七、李八、李九、杨十、何一、杨二、吴三、付四、文五、李六六委员:\\n你们提出的"
                    + "#黄一,邵二,张三,李四,张五,李六,伏七,李八,李九,杨十,何一,杨二,吴三,付四,文五,李六六#委员",
            // the assembly with its place between the name and the role (batch 14): after 政协, or before 人大/政协; the
            // name's end is where the place the text names again begins, else the level char alone, else three chars
            "刘苍林政协绿春县委员:\\n你在政协绿春县十三届委员会第二次会议提出的#刘苍林#委员",
            "张晓明政协某某县委员:\\n您提出的#张晓明#委员",
            "尊敬的王小明朝阳区人大代表:\\n您在朝阳区第五届人民代表大会提出的#王小明#代表",
            "尊敬的王明朝阳区人大代表:\\n您在朝阳区第五届人民代表大会提出的#王明#代表",
            "尊敬的欧阳小明朝阳区人大代表:\\n您在区人大会议上提出的建议收悉,朝阳区交通局#欧阳小明#代表",
            "李红、王小明朝阳区人大代表:\\n你们在朝阳区第五届人民代表大会提出的#李红,王小明#代表",
            "李强清原县人大代表:\\n您提出的#李强#代表",
            "张晓明县政协委员\\n您提出的建议收悉#张晓明#委员",
            "王明章丘区政协委员\\n您提出的关于加强章丘区教育的提案收悉#王明#委员",
            // batches 18-20: the salutation on a bullet of the page's list (r192); a name the site masked, kept as written (r182)
            "• 2019年07月17日 14时55分\\n• 来源: 科学技术厅\\n• 李云军委员:\\n您提出的《关于进一步完善创新体系的提案》收悉#李云军#委员",
            "姜xx代表:\\n您在县十四届人大四次会议上提出的#姜xx#代表",
            "王**委员:\\n您提出的#王**#委员",
            "尊敬的李××代表:\\n您提出的#李××#代表",
            // the greeting without a comma before it
            "黄晓东代表您好!\\n您提出的#黄晓东#代表",
            "尊敬的李明、王芳委员你们好:\\n你们提出的#李明,王芳#委员",
    })
    void readsNamedMembers(String text, String names, String role) {
        text = text.replace("\\n", "\n");   // CSV rows write line breaks as \\n
        Salutation s = find(text);
        assertEquals(List.of(names.split(",")), s.proposers().stream().map(PersonRef::name).toList());
        assertEquals(role, s.role());
        assertNull(s.unit());
    }

    /** A deputy and the delegation joined by a comma (real letter r131): the deputy proposes, the delegation is the unit. */
    @Test
    void readsADeputyAndTheDelegation() {
        Salutation s = find("尊敬的骆兰周代表,郭里代表团:\n您提出的《关于纳入“农高区”建设发展规划的建议》收悉");
        assertEquals(List.of("骆兰周"), s.proposers().stream().map(PersonRef::name).toList());
        assertEquals("代表", s.role());
        assertEquals("郭里代表团", s.unit().value());
        Salutation both = find("张华委员、李强委员,民进界别:\n你们提出的提案收悉");
        assertEquals(List.of("张华", "李强"), both.proposers().stream().map(PersonRef::name).toList());
        assertEquals("民进界别", both.unit().value());
        // a comma before anything but a group is no salutation's tail: "…代表,您好!" is, "…代表,现将" is not
        for (String text : List.of("骆兰周代表,郭里镇政府:\n", "骆兰周代表,现将办理情况答复如下:\n",
                "刘苍林政协绿春县委员提出的提案收悉\n", "王小明朝阳区人大代表提出的建议:\n一、基本情况"))
            assertTrue(parser.find(text, 0, text.length()).isEmpty(), text);
    }

    /** A group on a line of its own without colon, the body opening on the next line (real letter r041). */
    @Test
    void readsAGroupWithoutColonBeforeTheBody() {
        Salutation s = find("某乡代委员组\n\n你们提出的第33号《关于对某乡河道进行治理的提案》已交由我局研究办理");
        assertEquals("某乡代委员组", s.unit().value());
        assertTrue(s.proposers().isEmpty());
        for (String text : List.of("某乡代委员组\n一、基本情况", "政协某县委员会\n你们提出的提案收悉"))
            assertTrue(parser.find(text, 0, text.length()).isEmpty(), text);
    }

    /** Groups addressed as units: 瓦渡乡政协联络组:, 甸沙代表组:; not a deputy's name. */
    @Test
    void readsAGroupAddressedAsAUnit() {
        for (String group : List.of("瓦渡乡政协联络组", "甸沙代表组", "县人大第三代表团")) {
            Salutation s = find(group + ":\n你们提出的关于农村河道治理的建议收悉");
            assertEquals(group, s.unit().value());
            assertTrue(s.proposers().isEmpty(), group);
        }
    }

    @Test
    void readsAUnitAndTheUnnamedUnit() {
        Salutation unit = find("民革市委会:\n你们提出的《关于…的提案》收悉");
        assertEquals("民革市委会", unit.unit().value());
        assertTrue(unit.proposers().isEmpty());
        Salutation gui = find("文    号 有 效 性 有效\n\n贵单位提出的关于《加强…》的提案收悉");
        assertTrue(gui.proposers().isEmpty());
        assertNull(gui.unit(), "贵单位 names no unit");
        assertNull(gui.role());
    }

    @Test
    void readsAUnitAddressedBesideAMember() {
        Salutation s = find("民进义乌市基层委员会、吴立群委员:\n你们提出的《关于推进市场采购贸易方式创新的提案》收悉");
        assertEquals(List.of("吴立群"), s.proposers().stream().map(PersonRef::name).toList());
        assertEquals("委员", s.role());
        assertEquals("民进义乌市基层委员会", s.unit().value());
        assertTrue(parser.find("民盟市委会委员:\n你们提出的", 0, 14).map(x -> x.proposers().isEmpty()).orElse(true),
                "a unit alone names no member");
    }

    @Test
    void readsASalutationRunningIntoTheBody() {
        Salutation s = find("尊敬的刘红委员:您提出的《关于支持中小企业数字化转型的提案》收悉");
        assertEquals("刘红", s.proposers().get(0).name());
        assertEquals(List.of("张三"), find("张三等委员:\n你们提出的").proposers().stream().map(PersonRef::name).toList());
    }

    @Test
    void aCommitteeOfDeputiesIsAUnitNotADeputy() {
        String text = "市人大代表工作委员会:\n现将办理情况报告如下";
        Salutation s = parser.find(text, 0, text.length()).orElseThrow();
        assertTrue(s.proposers().isEmpty(), "工作委员会 is no deputy's name");
    }

    @Test
    void groupsAndInterviewsAreNoSalutations() {
        for (String text : List.of("各位人大代表:\n现将有关情况报告如下", "记者问:\n张三委员:我认为应当加快发展。",
                "各位同志:\n现将有关情况通报如下", "同志们:\n今天我们召开会议",
                "女士们、先生们:\n欢迎参加本次发布会", "各位先生:\n现将有关情况通报如下",
                "记者问:\n张三委员,您好!我想请教一个问题", "各位老师:\n现将有关情况通报如下", "一是加快平台建设、\n二是支持代表:\n")) {
            assertTrue(parser.find(text, 0, text.length()).isEmpty(), text);
        }
    }

    @Test
    void aSalutationWithoutColonNeedsItsAddressAndABodyAfter() {
        // Without a colon the next line must open the body; a group (各位, 人大) is never a name.
        for (String text : List.of("尊敬的各位代表\n今天召开会议", "尊敬的单海波代表\n今天召开会议", "单海波代表\n今天召开会议",
                "尊敬的单海波代表\n提出建议的时间已过", "各位代表\n提出的建议收悉",
                "县人大代表\n您提出的建议收悉", "各位委员\n您提出的建议收悉", "单海波代表\n一、基本情况",
                "杨 强 李 明代表:\n您提出的", "xx代表:\n您提出的", "• 各位委员:\n现将有关情况通报如下")) {
            assertTrue(parser.find(text, 0, text.length()).isEmpty(), text);
        }
    }

    @Test
    void ignoresLabelsAndProse() {
        String text = "建议答复:\n索引号: 123\n各位代表的意见:我们认真研究。";
        assertTrue(parser.find(text, 0, text.length()).isEmpty());
    }

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource(delimiter = '#', value = {
            "民革市委会:\\n您好#0#0", "标题\\n民革市委会:  \\n贵会#0#3", "标题\\n市政协经济委员会：\\n#0#3",
            "会:中间\\n尾:#0#5", "会:#2#2", "无冒号\\n也无#0#6", "''#0#0"})
    void startsTheUnitSearchAtTheFirstLineEndingInAColon(String text, int from, int start) {
        String t = text.replace("\\n", "\n");
        assertEquals(start, SalutationParser.firstColonLine(t, from, t.length()));
    }
}
