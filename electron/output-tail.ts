/**
 * The last part of the host's error output, kept so that the "cannot start" dialog can show the user
 * (and whoever they send it to) why, without keeping an unbounded log in memory.
 */
export class OutputTail {
  private text = '';

  constructor(private readonly limit: number) {}

  append(chunk: string): void {
    this.text = (this.text + chunk).slice(-this.limit);
  }

  toString(): string {
    return this.text.trim();
  }
}
