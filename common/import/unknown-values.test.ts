import { describe, expect, it } from 'vitest';
import { findUnknownValues } from './unknown-values';

const tokens = (text: string) => findUnknownValues(text).map(({ token, key }) => `${token}=${key}`);

describe('findUnknownValues', () => {
  it.each([
    ['全区地区生产总值增速X%，', ['X%=生产总值增速']],
    ['同比增长X.X%', ['X.X%=同比增长']],
    ['排全市第X位', ['第X位=全市位次']],
    ['位居全市第XX名', ['第XX名=全市位次']],
    ['完成固定资产投资X亿元', ['X亿元=固定资产投资']],
    ['实际利用外资达到X万美元', ['X万美元=实际利用外资']],
    ['新签约重点项目X个', ['X个=签约重点项目']],
    ['共X家企业', ['X家=数量']],
    ['回迁安置X户', ['X户=回迁安置']],
    ['占年度计划的X%', ['X%=占年度计划']],
    ['比上半年回落X个百分点', ['X个百分点=比上半年回落']],
    ['刚才，XX同志作了报告', ['XX同志=姓名']],
    ['加快推进XX项目建设', ['XX项目=项目名称']],
    ['截至X月X日', ['X月X日=日期']],
    ['20XX年', ['20XX年=年份']],
    ['二〇2XX年', []],
    ['1820XX年', []],
    ['XX年全区', ['XX年=年份']],
    ['X年X月X日召开', ['X年X月X日=日期']],
    ['2020年X月X日', ['X月X日=日期']],
    ['全角ＸＸ同志和×月×日', ['ＸＸ同志=姓名', '×月×日=日期']],
    ['，x%也算', ['x%=百分比']],
    ['XX人民政府', ['XX=待填内容']],
    ['XX座谈会', ['XX=待填内容']],
  ])('%s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it.each([
    '用Excel表格汇总',
    'XXL码的工作服',
    '第XIV届运动会',
    'XIX世纪',
    'XX世纪八十年代',
    '配备X光机和X射线设备',
    '以X轴表示时间',
    'Mac OS X 系统',
    'SpaceX 公司',
    '面积3×4米',
    'iPhone X',
  ])('leaves real words alone: %s', (text) => {
    expect(findUnknownValues(text)).toEqual([]);
  });

  it('gives the offsets of each token so that the words around it stay text', () => {
    const text = '增速X%，排全市第X位。';
    const found = findUnknownValues(text);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(['X%', '第X位']);
    expect(found.map(({ start }) => start)).toEqual([2, 8]);
  });
});
