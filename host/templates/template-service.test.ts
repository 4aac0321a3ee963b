import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateService } from './template-service';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A template folder with one section and a skeleton that uses only the meeting variable. */
function service(): TemplateService {
  const root = mkdtempSync(join(tmpdir(), 'speechdesk-templates-'));
  scratch.push(root);
  const shipped = join(root, 'templates');
  mkdirSync(shipped);
  writeFileSync(join(shipped, 'opening.section.txt'), '---\nid: opening\nname: 开场\nkind: opening\n---\n同志们，今天召开会议。\n');
  writeFileSync(join(shipped, 'meeting.skeleton.txt'), '---\nid: meeting\nname: 会议\ntitle: 在{{$meeting}}上的讲话\nsections: [opening]\nvariables: [meeting]\n---\n');
  return new TemplateService(shipped, join(root, 'data'));
}

describe('TemplateService.speechFromSkeleton', () => {
  it('takes every standard variable, also one the skeleton does not use, and refuses others', () => {
    const templates = service();
    const speech = templates.speechFromSkeleton({ skeletonId: 'meeting', variables: { meeting: '全区工作会议', period: '2024年前三季度' }, numberingStyle: 'speech' });
    expect(speech.variables).toEqual({ meeting: '全区工作会议', period: '2024年前三季度' });
    expect(() => templates.speechFromSkeleton({ skeletonId: 'meeting', variables: { meeting: '会', 主持人: '李四' }, numberingStyle: 'speech' })).toThrow('not a variable of skeleton meeting');
  });
});
