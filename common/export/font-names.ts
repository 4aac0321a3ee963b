import type { ExportFont } from './layout';

/**
 * Chinese type sizes (字号) as offices name them, in points. Word and WPS list the same: 三号 is 16 pt.
 */
export const CHINESE_FONT_SIZES: ReadonlyArray<{ name: string; pt: number }> = [
  { name: '初号', pt: 42 },
  { name: '小初', pt: 36 },
  { name: '一号', pt: 26 },
  { name: '小一', pt: 24 },
  { name: '二号', pt: 22 },
  { name: '小二', pt: 18 },
  { name: '三号', pt: 16 },
  { name: '小三', pt: 15 },
  { name: '四号', pt: 14 },
  { name: '小四', pt: 12 },
  { name: '五号', pt: 10.5 },
  { name: '小五', pt: 9 },
];

/** 三号 for 16; undefined for a size without a name. */
export function chineseFontSizeName(pt: number): string | undefined {
  return CHINESE_FONT_SIZES.find((size) => size.pt === pt)?.name;
}

/** The faces offices set speeches in, offered when a writer names a font. */
export const OFFICIAL_FONTS: readonly string[] = ['仿宋_GB2312', '仿宋', '方正仿宋_GBK', '黑体', '方正黑体_GBK', '楷体_GB2312', '楷体', '方正楷体_GBK', '方正小标宋简体', '方正小标宋_GBK', '宋体'];

/**
 * The Windows font of the same kind, which Word uses for Latin letters and digits and where the named font is
 * missing: 仿宋 → FangSong, 黑体 → SimHei, 楷体 → KaiTi; anything else (宋体, 小标宋) → SimSun.
 */
export function exportFont(eastAsia: string): ExportFont {
  const name = eastAsia.trim();
  const fallback = name.includes('仿宋') ? 'FangSong' : name.includes('黑') ? 'SimHei' : name.includes('楷') ? 'KaiTi' : 'SimSun';
  return { eastAsia: name, fallback };
}
