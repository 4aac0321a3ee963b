import { describe, expect, it } from 'vitest';
import { parseFormulationList } from './formulation-list';

describe('parseFormulationList', () => {
  it('reads entries and skips comments and empty lines', () => {
    expect(parseFormulationList('# 注释\n\n环境保护局 => 生态环境局 @ 2018-03-21\r\n', 'list.txt')).toEqual([{ old: '环境保护局', current: '生态环境局', since: '2018-03-21' }]);
  });

  it.each([
    ['环境保护局 生态环境局', "list.txt:2: expected '旧提法 => 现提法 @ YYYY-MM-DD'"],
    ['环境保护局 => 生态环境局 @ 2018年3月', 'list.txt:2: the date must be written YYYY-MM-DD'],
    ['环境保护局 => 生态环境局 @ 2018-02-30', 'list.txt:2: the date does not exist'],
    [' => 生态环境局 @ 2018-03-21', 'list.txt:2: the old formulation is empty'],
    ['工商局 => 市场监管局 @ 2018-03-21', "list.txt:2: '工商局' is listed already on line 1"],
  ])('refuses %s, naming file and line', (line, message) => {
    expect(() => parseFormulationList(`工商局 => 市场监管局 @ 2018-03-21\n${line}`, 'list.txt')).toThrow(message);
  });
});
