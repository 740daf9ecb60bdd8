import type { LinkBasis } from './types';

export interface BasisText {
  /** Short, for the table's basis column. */
  short: string;
  /** One or two sentences for the details panel. */
  explanation: string;
}

/** Where each kind of link comes from, in the reader's words. */
export const BASIS_TEXT: Record<LinkBasis, BasisText> = {
  table2: {
    short: '报告列明（表二）',
    explanation: '报告表二按功能科目和资金来源列出了这笔钱。',
  },
  table3: {
    short: '报告列明（表三）',
    explanation: '报告表三按功能科目列出了基本支出，即人员经费和日常公用经费。',
  },
  'amount-unique': {
    short: '推断：金额唯一',
    explanation: '报告没有写明项目属于哪个功能科目。要让每个科目的项目金额按资金来源逐分对上报告，这个项目只能放在这个科目。',
  },
  'name-and-amount': {
    short: '推断：金额和名称',
    explanation:
      '报告没有写明项目属于哪个功能科目。金额上它也能放进别的科目，但按本站的名称规则（见方法说明），那样会有更多项目落在与名称不符的科目；换一套规则，结论可能不同。',
  },
  editorial: {
    short: '推断：编辑判断',
    explanation: '报告没有写明项目属于哪个功能科目。金额上还有同样说得通的放法，我们按项目名称作了选择，这个归属并不确定。',
  },
  mixed: {
    short: '推断（多种依据）',
    explanation: '报告没有写明这些项目属于哪个功能科目；各项目的归属是我们推断的，依据不尽相同，点开分组可逐个查看。',
  },
};
