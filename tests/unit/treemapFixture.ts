import type { FunctionRow, Project, Unit } from '../../src/lib/data/schemas';
import { wanToFen } from '../../src/lib/money';
import type { TreemapBudget } from '../../src/lib/treemap/types';
import { functionRow, projectRow, unitRow } from './fixtureRows';

/** A tiny, internally consistent budget for testing the treemap code without the real data. */
const wan = (text: string) => wanToFen(text);

function fn(code: string, name: string, total: string, basic: string | null, extra: Partial<FunctionRow> = {}): FunctionRow {
  return functionRow({ code, name, total: wan(total), basic: basic ? wan(basic) : null, general_budget: wan(total), ...extra });
}

function unit(id: string, name: string, short: string): Unit {
  return unitRow({ id, name, short_name: short });
}

function project(id: string, name: string, unitId: string, code: string, amount: string, carryover = false): Project {
  return projectRow({
    id,
    name,
    unit_id: unitId,
    source_table: carryover ? '表十三' : '表十二',
    amount: wan(amount),
    general_budget: carryover ? 0 : wan(amount),
    carryover: carryover ? wan(amount) : 0,
    function_code: code,
    function_note: 'test',
  });
}

export function fixtureBudget(): TreemapBudget {
  return {
    units: [unit('bureau', '测试市局', '市局'), unit('branch', '测试分局', '分局')],
    functions: [
      fn('208', '社会保障', '10.00', '10.00'),
      fn('211', '节能环保支出', '1000.00', '300.00', { general_budget: wan('900.00'), carryover: wan('100.00') }),
      fn('21101', '环境保护管理事务', '400.00', '300.00'),
      fn('2110101', '行政运行', '250.00', '250.00'),
      fn('2110199', '其他环境保护管理事务支出', '150.00', '50.00'),
      fn('21103', '污染防治', '600.00', null, { general_budget: wan('500.00'), carryover: wan('100.00') }),
      fn('2110301', '大气', '600.00', null, { general_budget: wan('500.00'), carryover: wan('100.00') }),
    ],
    projects: [
      project('ops', '运行经费', 'bureau', '2110199', '100.00'),
      project('air-big', '大气治理项目', 'bureau', '2110301', '450.00'),
      project('air-carry', '结转大气项目', 'bureau', '2110301', '100.00', true),
      project('air-branch', '分局大气项目', 'branch', '2110301', '50.00'),
    ],
    reportTotals: [
      { row: 1, id: 'general-budget-current-year', description: '', amount: wan('910.00'), source_line: 1 },
      { row: 1, id: 'general-budget-project-current', description: '', amount: wan('600.00'), source_line: 1 },
      { row: 1, id: 'basic-total', description: '', amount: wan('310.00'), source_line: 1 },
    ],
  };
}
