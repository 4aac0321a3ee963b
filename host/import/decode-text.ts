import chardet from 'chardet';
import { ImportError } from './import-error';

/**
 * The encodings a Chinese .txt arrives in: UTF-8 (with or without BOM), GBK/GB18030 as Windows Notepad (ANSI)
 * and WPS write it, and UTF-16 with BOM (Notepad's "Unicode"). Decoding is strict: a file is either read
 * exactly or refused, never imported with replacement characters.
 */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export const ACCEPTED_TEXT_ENCODINGS = 'UTF-8, GBK/GB18030 or UTF-16 with BOM';

const strictDecoder = (encoding: string) => new TextDecoder(encoding, { fatal: true });

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return strictDecoder(encoding).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Control bytes that no text file in these encodings holds: in UTF-8 and GB18030 every byte below 0x20 is the
 * ASCII control character itself (multi-byte sequences never use them). Tab, line breaks, form feed and the
 * DOS end-of-file mark (0x1A) occur in real text files.
 */
function firstBinaryByte(bytes: Uint8Array): number {
  return bytes.findIndex((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a);
}

/** The 1-based number of the first line that no accepted encoding reads, to tell the writer where to look. */
function firstUndecodableLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    const part = bytes.subarray(start, index);
    if (tryDecode(part, 'utf-8') === undefined && tryDecode(part, 'gb18030') === undefined) return line;
    line += 1;
    start = index + 1;
  }
  return line - 1;
}

/** Enough text to tell the encodings apart; analysing all of a 20 MiB file would take seconds. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

/** Encodings chardet may prefer over GB18030 that this import does not read; their text would come out garbled. */
function likelierEncoding(bytes: Uint8Array): string | undefined {
  const matches = chardet.analyse(bytes.subarray(0, DETECTION_SAMPLE_BYTES));
  const gb18030 = matches.find((match) => match.name === 'GB18030')?.confidence ?? 0;
  const best = matches[0];
  return best && best.name !== 'GB18030' && best.confidence > gb18030 ? best.name : undefined;
}

export function decodeText(bytes: Uint8Array, filename: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWithBom(bytes, 'UTF-16LE', filename);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWithBom(bytes, 'UTF-16BE', filename);
  const binaryAt = firstBinaryByte(bytes);
  if (binaryAt !== -1) {
    const byte = bytes[binaryAt] ?? 0;
    throw new ImportError(`${filename} is not a text file: it holds binary data (byte 0x${byte.toString(16).padStart(2, '0')} at offset ${binaryAt})`, 'body');
  }
  // TextDecoder drops a UTF-8 BOM by itself.
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const gb18030 = tryDecode(bytes, 'gb18030');
  if (gb18030 === undefined) {
    throw new ImportError(`${filename} is not valid ${ACCEPTED_TEXT_ENCODINGS} text (first bad bytes on line ${firstUndecodableLine(bytes)})`, 'body');
  }
  const other = likelierEncoding(bytes);
  if (other !== undefined) {
    throw new ImportError(`${filename} looks like ${other} text, which is not accepted; save it as ${ACCEPTED_TEXT_ENCODINGS}`, 'body');
  }
  return { text: gb18030, encoding: 'GB18030' };
}

function decodeWithBom(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', filename: string): DecodedText {
  const text = tryDecode(bytes, encoding.toLowerCase());
  if (text === undefined) throw new ImportError(`${filename} starts like ${encoding} text but is not valid ${encoding}`, 'body');
  return { text, encoding };
}
