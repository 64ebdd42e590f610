package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Personal data masked star for star (offsets hold) in every written form; agencies' landlines stay. */
class PersonalDataTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "联系电话：13912345671。            | 联系电话：***********。",
        "联系电话：139 1234 5672。          | 联系电话：*************。",
        "联系电话：139-1234-5673。          | 联系电话：*************。",
        "手机8613912345675                 | 手机*************",
        "手机+8613912345674                | 手机**************",
        "手机 +86-139-1234-5676            | 手机 *****************",
        "手机（+86）139 1234 5677          | 手机******************",
        "手机：１３９１２３４５６７８          | 手机：***********",
        "手机：１３９－１２３４－５６７９        | 手机：*************",
        "手机：139.1234.5670               | 手机：*************",
        "身份证号11010119900307123X，      | 身份证号******************，",
        "身份证号 110101199003071234       | 身份证号 ******************",
        "身份证号 11010119900307123x       | 身份证号 ******************",
        "邮箱zhang.san@163.com。            | 邮箱*****************。",
        "邮箱 li_si+work@qq.com；           | 邮箱 *****************；",
        "邮箱 wang＠example.org            | 邮箱 ****************",
    })
    void masksPersonalDataWithAStarPerChar(String text, String masked) {
        assertEquals(masked, PersonalData.mask(text, false));
        assertEquals(text.length(), PersonalData.mask(text, false).length());
        assertTrue(PersonalData.contains(text, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "联系电话：029-87294985",
        "联系电话：0371-65905678",
        "联系电话：(029)87294985",
        "传真：+86-29-87294985",
        "陕工信函〔2021〕154号",
        "2021年5月7日",
        "第20240133号提案",
        "投资13.9亿元，共1391234人次",
        "科技厅邮箱kjt@shaanxi.gov.cn",
        "电话：0871- 63512057",
        "编号 12345678901234567890123",
    })
    void leavesOfficialContactsAndOtherNumbersAlone(String text) {
        assertEquals(text, PersonalData.mask(text, false));
        assertFalse(PersonalData.contains(text, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "手机139 1234 5672，身份证11010119900307123X | 手机139 1234 5672，身份证******************",
        "手机13912345671，邮箱a@b.com                | 手机13912345671，邮箱*******",
    })
    void publishingMobilesStillMasksIdsAndMail(String text, String masked) {
        assertEquals(masked, PersonalData.mask(text, true));
    }
}
