import { describe, expect, it } from 'vitest';
import { portMovedNotice } from './port-moved-notice';
import { stringsFor } from './strings';

describe('portMovedNotice', () => {
  it('names the old and the new port, in the user’s language', () => {
    const zh = portMovedNotice(stringsFor('zh-CN'), 40123, 'http://127.0.0.1:51234');
    expect(zh.title).toBe('本机地址已更换');
    expect(zh.message).toBe('讲稿台以前使用的本机端口 40123 已被其他程序占用，现改用端口 51234。');
    expect(zh.detail).toContain('重新填写姓名和颜色');
    expect(portMovedNotice(stringsFor('en-US'), 40123, 'http://127.0.0.1:51234').message).toBe(
      'Port 40123, which Speechdesk used before, is taken by another program; Speechdesk now uses port 51234.',
    );
  });
});
