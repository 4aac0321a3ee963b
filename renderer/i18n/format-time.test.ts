import { describe, expect, it } from 'vitest';
import { formatChangeTime, formatDateTime } from './format-time';

const now = new Date('2025-10-09T12:00:00Z');

describe('formatChangeTime', () => {
  it('says just now for the last minute and for clock skew', () => {
    expect(formatChangeTime('2025-10-09T11:59:30Z', now, 'zh-CN', '刚刚')).toBe('刚刚');
    expect(formatChangeTime('2025-10-09T12:00:20Z', now, 'en', 'just now')).toBe('just now');
  });

  it('counts minutes and hours', () => {
    expect(formatChangeTime('2025-10-09T11:55:00Z', now, 'zh-CN', '刚刚')).toBe('5分钟前');
    expect(formatChangeTime('2025-10-09T09:00:00Z', now, 'en', 'just now')).toBe('3 hours ago');
  });

  it('gives the locale date and time after a day', () => {
    const iso = '2025-10-01T12:00:00Z';
    expect(formatChangeTime(iso, now, 'zh-CN', '刚刚')).toBe(formatDateTime(iso, 'zh-CN'));
    expect(formatDateTime(iso, 'zh-CN')).toMatch(/^2025年10月1日/);
    expect(formatDateTime(iso, 'en')).toMatch(/^Oct 1, 2025/);
  });
});
