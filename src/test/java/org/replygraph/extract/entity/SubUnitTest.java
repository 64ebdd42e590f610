package org.replygraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sub-units written straight after their parent keep their own edge (issue 9 §3); verbs and classes are no units. */
class SubUnitTest {
    /** text # parent body written before the tail # the sub-unit read, '' when none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            由省科技厅农村处领导及专家 # 省科技厅 # 农村处
            科技部农村司到我省调研 # 科技部 # 农村司
            农业农村部种植业管理司 # 农业农村部 # 种植业管理司
            抄送:市政府督查室(1份) # 市政府 # 督查室
            区人大常委会人代工委 # 区人大常委会 # 人代工委
            县公安局交警大队、县消防大队 # 县公安局 # 交警大队
            市政府口岸物流办等协办单位 # 市政府 # 口岸物流办
            省科技厅处理后函复 # 省科技厅 # ''
            报送省科技厅有关处室 # 省科技厅 # ''
            市国资委所属公司 # 市国资委 # ''
            市交通局积极协调处理 # 市交通局 # ''
            市科技局与各区县科技局 # 市科技局 # ''
            省财政厅处长 # 省财政厅 # ''
            """)
    void readsTheSubUnitAfterItsParent(String text, String parent, String expected) {
        int at = text.indexOf(parent) + parent.length();
        assertEquals(expected, text.substring(at, SubUnit.end(text, at)));
    }
}
