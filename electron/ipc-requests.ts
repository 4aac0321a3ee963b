/**
 * The arguments the main process accepts on each IPC channel. The renderer is treated as untrusted input:
 * every call is parsed here before a dialog opens or a byte is written.
 */
import { z } from 'zod';
import type { OpenFileOptions, PrintToPdfOptions, SaveFileOptions } from '../common/desktop-api';
import { parseInvitationLink, type ParsedInvitationLink } from '../common/invitations';
import { DESKTOP_FILE_KINDS } from './file-kinds';

/** Largest file read or written through the dialogs; speeches are far smaller, this bounds IPC copies. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_NAME_LENGTH = 200;

const fileKindSchema = z.enum(DESKTOP_FILE_KINDS);
const nameSchema = z.string().max(MAX_NAME_LENGTH);
const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength <= MAX_FILE_BYTES, { message: `larger than ${MAX_FILE_BYTES} bytes` });

export const openFileRequestSchema = z
  .object({
    kinds: z
      .array(fileKindSchema)
      .min(1)
      .max(DESKTOP_FILE_KINDS.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, { message: 'kinds repeat' }),
    title: nameSchema.optional(),
  })
  .strict() satisfies z.ZodType<OpenFileOptions>;

export const saveFileRequestSchema = z
  .object({ kind: fileKindSchema, suggestedName: nameSchema, data: bytesSchema })
  .strict() satisfies z.ZodType<SaveFileOptions>;

/** The renderer's count of changes the host has not acknowledged (renderer/speech/use-unsynced-warning.ts). */
export const unsyncedChangesSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const printToPdfRequestSchema = z.object({ suggestedName: nameSchema }).strict() satisfies z.ZodType<PrintToPdfOptions>;

/** 连接团队服务器: an invitation link (http(s), a speech route and a token in the fragment), parsed. */
export const openTeamWindowRequestSchema: z.ZodType<ParsedInvitationLink, string> = z
  .string()
  .max(4096)
  .transform((text, context) => {
    const link = parseInvitationLink(text);
    if (link === null) {
      context.addIssue({ code: 'custom', message: 'not an invitation link (http(s)://host/#/doc/<id>?token=…)' });
      return z.NEVER;
    }
    return link;
  });
