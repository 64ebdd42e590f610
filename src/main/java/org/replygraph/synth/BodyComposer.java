package org.replygraph.synth;

import java.util.SplittableRandom;

/**
 * The answer's paragraphs: what has been done, policies by title (《…》 with their 文号), innovation
 * centres, key laboratories and pilot bases, figures and plans, about 1.5–4 KB of text. Each
 * template's slots: $W (我省, 我市), $P (the place), $T (the topic), $Y (a year), $N (a count),
 * $M (an amount), $K (提案 or 建议), $D (a policy), $C (a centre), $A (a body of the place, short).
 */
final class BodyComposer {
    private static final String[] OPENINGS = {
        "首先感谢您对$W$T产业发展的关心和支持。收到您的$K后,我们高度重视,组织专人进行了认真研究,并赴相关企业开展实地调研。",
        "感谢您对$W科技创新工作的关心与支持。近年来,$W围绕$T领域加快布局创新平台,产业规模稳步扩大。",
        "$T产业是$W重点发展的战略性新兴产业,您提出的意见和建议具有很强的针对性和指导性,对我们改进工作很有帮助。",
    };
    private static final String[] PARAGRAPHS = {
        "一是强化政策引导。先后印发了$D和$D,明确了$T产业发展的目标任务和支持措施,对符合条件的项目给予最高$M万元资金支持。",
        "二是加快平台建设。支持龙头企业联合高校院所组建$C,目前已建成$C、$C等创新平台$N家,集聚研发人员$N余人。",
        "截至$Y年底,全$L$T相关企业达到$N家,其中高新技术企业$N家,实现营业收入$M万元,同比增长$N.$N%。",
        "三是推动成果转化。依托$C开展中试熟化和技术服务,$Y年累计转化科技成果$N项,技术合同成交额$M万元。",
        "四是加强人才支撑。实施高层次人才引进计划,引进$T领域领军人才$N名、创新团队$N个,落实人才公寓、子女入学等服务保障。",
        "$A会同有关部门建立了$T产业链链长制工作机制,定期召开专题会议,协调解决企业用地、用能、融资等方面的困难和问题。",
        "按照$D($F)要求,我们对$T企业研发投入给予后补助,$Y年共兑现资金$M万元,惠及企业$N家。",
        "下一步,我们将认真吸纳您的意见建议,继续加大对$C建设的支持力度,推动$T产业向高端化、智能化、绿色化方向发展。",
        "目前,$C已通过认定,正在开展关键共性技术研发,牵头承担国家和省级科技项目$N项,申请发明专利$N件。",
        "关于您提出的设立专项资金的建议,$W已在$D中作出安排,统筹省级以上资金$M万元用于支持$T领域重大项目建设。",
        "同时,积极争取国家部委支持,推动$C纳入国家布局,$Y年获批建设$C,填补了$W在该领域的空白。",
        "五是优化发展环境。深化“放管服”改革,落实研发费用加计扣除等税收优惠政策,为企业减免税费$M万元。",
    };
    /** Prose without names, as long answers carry between their points. */
    private static final String[] PROSE = {
        "近年来,$W深入实施创新驱动发展战略,坚持把科技创新作为推动高质量发展的核心动力,围绕产业链部署创新链,围绕创新链布局产业链,着力构建以企业为主体、市场为导向、产学研深度融合的技术创新体系,全社会研发投入持续增长,创新能力和产业竞争力不断提升。",
        "在推进过程中,我们也清醒地认识到,$W$T产业仍存在龙头企业带动作用不够强、关键核心技术受制于人、高端人才和创新团队相对缺乏、产业链上下游协同不够紧密、金融资本支持力度不足等问题,需要在今后的工作中认真加以解决。",
        "为进一步落实省委、省政府关于加快建设现代化产业体系的决策部署,我们坚持问题导向和目标导向相结合,聚焦企业反映强烈的融资难、用地难、招工难等问题,建立健全政企沟通机制,定期开展走访调研,及时回应企业诉求,着力营造稳定公平透明可预期的营商环境。",
        "我们将以此次$K办理为契机,进一步加强与有关部门的沟通协调,形成工作合力,强化规划引领、政策支持、项目带动和服务保障,努力推动$T产业规模持续壮大、结构不断优化、质量效益稳步提升,为全$L经济社会高质量发展作出新的更大贡献。",
        "同时,我们注重发挥行业协会、产业联盟等社会组织的桥梁纽带作用,组织开展供需对接、技术交流、成果展示等系列活动,推动大中小企业融通发展,促进创新要素向企业集聚,不断提升产业链供应链韧性和安全水平。",
        "在资金保障方面,我们积极统筹各级财政资金,创新财政资金支持方式,综合运用贷款贴息、风险补偿、股权投资等方式,引导金融机构和社会资本加大对$T领域的投入,有效缓解了中小企业融资难、融资贵问题。",
    };
    private static final String[] POLICY = {
        "《$P关于加快$T产业高质量发展的若干措施》", "《$P$T产业发展三年行动计划($Y-$Z年)》", "《关于支持$T创新发展的实施意见》",
        "《$P促进科技成果转化条例》", "《$P制造业创新中心建设工作指引》", "《关于进一步加强$T人才队伍建设的通知》",
    };
    private static final String[] CENTRE = {
        "$P$T创新中心", "国家$T技术创新中心", "$P$T重点实验室", "$P$T中试基地", "$P$T产业技术研究院",
        "$P$T工程技术研究中心", "$P$T制造业创新中心", "$P$T产业创新联盟",
    };

    String compose(SplittableRandom r, SyntheticProposal p, Body issuer) {
        StringBuilder b = new StringBuilder(4096);
        b.append(fill(r, OPENINGS[r.nextInt(OPENINGS.length)], p, issuer)).append('\n');
        // The points in their usual order (一是, 二是, …), about half of them, with prose between.
        for (String paragraph : PARAGRAPHS) {
            if (r.nextInt(100) < 75) b.append(fill(r, paragraph, p, issuer)).append('\n');
            if (r.nextInt(100) < 55) b.append(fill(r, PROSE[r.nextInt(PROSE.length)], p, issuer)).append('\n');
        }
        return b.toString();
    }

    private String fill(SplittableRandom r, String template, SyntheticProposal p, Body issuer) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 == template.length()) {
                out.append(c);
                continue;
            }
            char slot = template.charAt(++i);
            switch (slot) {
                case 'W' -> out.append('我').append(p.place().level());
                case 'L' -> out.append(p.place().level());
                case 'P' -> out.append(p.place().place());
                case 'T' -> out.append(p.topic());
                case 'K' -> out.append(p.motion());
                case 'Y' -> out.append(p.year() - 1 - r.nextInt(3));
                case 'Z' -> out.append(p.year() + 2);
                case 'N' -> out.append(2 + r.nextInt(180));
                case 'M' -> out.append(50 + r.nextInt(20000));
                case 'D' -> out.append(fill(r, POLICY[r.nextInt(POLICY.length)], p, issuer));
                case 'F' -> out.append(p.place().docPrefix()).append(issuer.docCode()).append("发〔")
                        .append(p.year() - 1).append("〕").append(1 + r.nextInt(120)).append('号');
                case 'C' -> out.append(fill(r, CENTRE[r.nextInt(CENTRE.length)], p, issuer));
                case 'A' -> out.append(p.place().level()).append(issuer.shortName(p.place().provincial()));
                default -> out.append('$').append(slot);
            }
        }
        return out.toString();
    }
}
