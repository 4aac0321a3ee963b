import * as Y from 'yjs';
import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { speechSchema } from '../../../common/schema';
import { PROSEMIRROR_FRAGMENT } from '../../../common/collab';

/** A small speech in the genre's shape: frame, a part with an intro and two points, a second part. */
export function sampleSpeech(): Node {
  const s = speechSchema;
  const lead = s.marks.lead.create();
  return s.node('doc', null, [
    s.node('title', null, [s.text('在全区领导干部会议上的讲话')]),
    s.node('meta', null, [s.text('（2020年10月9日）')]),
    s.node('salutation', null, [s.text('同志们：')]),
    s.node('paragraph', null, [s.text('今天召开这次会议，主要任务是总结工作。')]),
    s.node('heading', { level: 1 }, [s.text('攻坚克难，确保全年目标圆满收官')]),
    s.node('paragraph', null, [s.text('时间紧任务重。')]),
    s.node('paragraph', { point: 2 }, [s.text('盯紧节点。', [lead]), s.text('推动项目提速。')]),
    s.node('paragraph', { point: 2 }, [s.text('守住底线。', [lead]), s.text('抓好安全生产。')]),
    s.node('heading', { level: 1 }, [s.text('从严从实，加强干部作风建设')]),
    s.node('paragraph', null, [s.text('同志们，让我们以优异成绩迎接新的一年！')]),
  ]);
}

/** A Yjs update holding the speech, as the host seeds it (never the first editor to open it). */
export function seedUpdate(doc: Node = sampleSpeech()): Uint8Array {
  const ydoc = new Y.Doc();
  prosemirrorToYXmlFragment(doc, ydoc.getXmlFragment(PROSEMIRROR_FRAGMENT));
  return Y.encodeStateAsUpdate(ydoc);
}
