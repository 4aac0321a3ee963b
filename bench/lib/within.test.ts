import { describe, expect, it } from 'vitest';
import { within } from './within';

describe('within', () => {
  it('gives the value of a promise that settles in time', async () => {
    await expect(within(Promise.resolve(7), 1000, 'the answer')).resolves.toBe(7);
  });

  it('fails, naming what was awaited, when the promise does not settle in time', async () => {
    await expect(within(new Promise(() => undefined), 10, 'the reader showing 提')).rejects.toThrow('the reader showing 提: nothing after 0.01 s');
  });
});
