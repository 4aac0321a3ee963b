/**
 * An error that Hocuspocus turns into a permission-denied message for the client: it sends `reason`
 * (see ClientConnection in @hocuspocus/server), so the reason names what was refused and why.
 */
export class CollabRefusal extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.name = 'CollabRefusal';
    this.reason = reason;
  }
}
