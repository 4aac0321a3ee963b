import mammoth from 'mammoth';
import type { SourceParagraph } from '../../common/import/source-paragraph';
import { htmlToParagraphs } from './docx-html';
import { ImportError } from './import-error';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of Word 97-2003 (.doc), often renamed to .docx by hand. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/**
 * Word's own heading styles come out as h1…; Title too (it is the speech's title, found by its text anyway).
 * WPS and a Chinese Word may name them 标题 N.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='标题 4'] => h4:fresh",
];

/** Images are no part of a speech's text; without this mammoth would inline each one as a data URI. */
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array, filename: string): Promise<SourceParagraph[]> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new ImportError(`${filename} is an old Word 97-2003 (.doc) file, not .docx; open it in Word or WPS and save it as .docx`, 'body');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new ImportError(`${filename} is not a .docx file: it is not a zip archive`, 'body');
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP, convertImage: dropImages, externalFileAccess: false });
    html = result.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(`${filename} is not a Word document that can be read (${detail})`, 'body');
  }
  return htmlToParagraphs(html);
}
