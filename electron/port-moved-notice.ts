/**
 * The one-time notice after the host had to leave its remembered port (docs/desktop.md, "A stable origin"):
 * the window's origin changed, so what the renderer kept for the old one is gone, and the user should know
 * why they are asked for their name again. The new port is recorded, so the next launch does not say it again.
 */
import type { MessageBoxOptions } from 'electron';
import type { MainStrings } from './strings';

export function portMovedNotice(strings: MainStrings, from: number, origin: string): MessageBoxOptions {
  return {
    type: 'info',
    title: strings.portMovedTitle,
    message: strings.portMovedMessage.replace('{from}', String(from)).replace('{to}', new URL(origin).port),
    detail: strings.portMovedDetail,
    noLink: true,
  };
}
