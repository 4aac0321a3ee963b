/** A file the import refuses: the message names the file and what is wrong with it, in words a writer can act on. */
export class ImportError extends Error {
  constructor(
    message: string,
    /** Where in the request the problem is, for the API's error `path`: the file name or its content. */
    readonly where: 'query.filename' | 'body',
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
